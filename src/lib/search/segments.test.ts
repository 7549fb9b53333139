import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, PRIMARY_SEGMENT, planSegments, segmentDir, segmentKey, segmentOf } from './segments.ts';

const articles = (n: number) => Array.from({ length: n }, (_, i) => `articles/a${i}/index.html`);
const projects = (n: number) => Array.from({ length: n }, (_, i) => `projects/p${i}/index.html`);
const lists = ['index.html', 'articles/page/2/index.html', 'projects/index.html', 'projects/parks/x/index.html', 'tracker/index.html'];

describe('search segments', () => {
  it('keeps one index while the articles and projects fit in one segment', () => {
    const plan = planSegments([...articles(6), ...projects(2), ...lists], new Map(), 8);
    expect(plan.segments).toBe(0);
    for (const file of [...articles(6), ...projects(2), ...lists]) expect(segmentOf(file, plan)).toBe(PRIMARY_SEGMENT);
  });

  it('splits into a power of two of segments, at most MAX_SEGMENTS, lists staying in the primary index', () => {
    expect(planSegments([...articles(20), ...projects(4)], new Map(), 8).segments).toBe(4);
    expect(planSegments([...articles(12), ...projects(3)], new Map(), 8).segments).toBe(2);
    const files = [...articles(400), ...projects(80), ...lists];
    const plan = planSegments(files, new Map(), 8);
    expect(plan.segments).toBe(MAX_SEGMENTS);
    const used = new Set(files.map((file) => segmentOf(file, plan)));
    expect([...used].sort()).toEqual([...Array.from({ length: MAX_SEGMENTS }, (_, i) => `p${i}`), PRIMARY_SEGMENT].sort());
    for (const file of lists) expect(segmentOf(file, plan), file).toBe(PRIMARY_SEGMENT);
  });

  it("puts an article with the project it lists first, and an article listing none by its own address", () => {
    const projectOf = new Map(Array.from({ length: 40 }, (_, i) => [`a${i}`, `p${i % 10}`] as const).filter(([id]) => id !== 'a39'));
    const plan = planSegments([...articles(40), ...projects(10)], projectOf, 8);
    for (let i = 0; i < 39; i++) expect(segmentOf(`articles/a${i}/index.html`, plan)).toBe(segmentOf(`projects/p${i % 10}/index.html`, plan));
    // Same content, same segments: a clean build and an incremental one agree.
    const again = planSegments([...articles(40), ...projects(10)], new Map(projectOf), 8);
    expect(segmentOf('articles/a39/index.html', again)).toBe(segmentOf('articles/a39/index.html', plan));
    expect(new Set(Array.from({ length: 10 }, (_, i) => segmentOf(`projects/p${i}/index.html`, plan))).size).toBeGreaterThan(1);
  });

  it('keys a segment by its pages and their bytes, in any order', () => {
    const a = { file: 'articles/a/index.html', hash: '1' };
    const b = { file: 'articles/b/index.html', hash: '2' };
    expect(segmentKey('p0', [a, b])).toBe(segmentKey('p0', [b, a]));
    expect(segmentKey('p0', [a, b])).not.toBe(segmentKey('p1', [a, b]));
    expect(segmentKey('p0', [a, { ...b, hash: '3' }])).not.toBe(segmentKey('p0', [a, b]));
    expect(segmentDir(PRIMARY_SEGMENT)).toBe('');
    expect(segmentDir('p3')).toBe('s/p3/');
  });
});
