// Long lists split into pages of a fixed size; page 1 lives at the list's own address.

export const ARTICLES_PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
}

export function paginateList<T>(items: readonly T[], size = ARTICLES_PER_PAGE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), number: index + 1, total }));
}
