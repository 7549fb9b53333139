import { describe, expect, it } from 'vitest';
import { paginateList } from './pagination.ts';

describe('paginateList(items, size)', () => {
  it('splits into full pages and a last partial one', () => {
    const pages = paginateList(Array.from({ length: 45 }, (_, i) => i), 20);
    expect(pages.map((page) => [page.number, page.items.length, page.total])).toEqual([[1, 20, 3], [2, 20, 3], [3, 5, 3]]);
    expect(pages[2]!.items[0]).toBe(40);
  });
  it('gives one empty page for an empty list, so the list page still exists', () => {
    expect(paginateList([], 20)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
});
