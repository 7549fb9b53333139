import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { imagesAmongPages, spreadEvenly } from './buildOrder.ts';

describe('spreadEvenly(among, spread)', () => {
  it('places the second list evenly among the first', () => {
    expect(spreadEvenly(['a', 'b', 'c', 'd'], ['x', 'y'])).toEqual(['a', 'b', 'x', 'c', 'd', 'y']);
    expect(spreadEvenly(['a', 'b'], ['x', 'y', 'z', 'w'])).toEqual(['a', 'x', 'y', 'b', 'z', 'w']);
  });

  it('returns either list alone when the other is empty', () => {
    expect(spreadEvenly([], ['x', 'y'])).toEqual(['x', 'y']);
    expect(spreadEvenly(['a', 'b'], [])).toEqual(['a', 'b']);
  });

  it('keeps every item once and each list in its own order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 999 })), fc.array(fc.integer({ min: 1000, max: 1999 })), (among, spread) => {
        const result = spreadEvenly(among, spread);
        expect(result).toHaveLength(among.length + spread.length);
        expect(result.filter((item) => item < 1000)).toEqual(among);
        expect(result.filter((item) => item >= 1000)).toEqual(spread);
      }),
    );
  });

  it('never lets a run of the spread list grow past its fair share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), (a, b) => {
        const result = spreadEvenly(Array(a).fill('page'), Array(b).fill('image'));
        const longest = Math.max(0, ...result.join(',').split('page').map((run) => run.split(',').filter(Boolean).length));
        expect(longest).toBeLessThanOrEqual(Math.ceil(b / a));
      }),
    );
  });
});

describe('imagesAmongPages(routes, isImage)', () => {
  it('spreads the image routes among the page routes', () => {
    const routes = ['/cards/1.png', '/cards/2.png', '/a/', '/b/', '/c/', '/d/'];
    expect(imagesAmongPages(routes, (route) => route.endsWith('.png'))).toEqual(['/a/', '/b/', '/cards/1.png', '/c/', '/d/', '/cards/2.png']);
  });
});
