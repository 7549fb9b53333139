// The search index of each edition in segments, so a build re-indexes only the segments whose pages changed.
// Pagefind cannot update an index, but its search page can merge several (mergeIndex): each segment is an index of
// its own, built from its pages in path order, and kept between builds keyed by its pages and their bytes. Which
// segment a page belongs to depends only on its address and how many articles and projects the site has, so a
// clean build and an incremental one make the same segments, byte for byte.
//
// - `site`: the home page, lists, the tracker, /data/ …, the primary index at pagefind/ itself;
// - `a0` … : article pages, by a hash of their address, in as many segments as the articles need;
// - `p0` … : project pages likewise.
// A segment holds at most a few hundred pages: adding an article re-indexes its segment and `site`, and a search
// loads one small index per segment (src/scripts/search.ts). A site with no more articles and projects than one
// segment holds has one index, as if there were no segments: Pagefind scores a page against the other pages of
// its own index, so scores from segments of a few pages each would not compare (see docs/site.md, Search).

import { createHash } from 'node:crypto';

export const PRIMARY_SEGMENT = 'site';
/** Where the other segments live, under the edition's pagefind/ folder. */
export const SEGMENTS_DIR = 's';

/**
 * Article or project pages per segment (at most; at least half as many): npm run bench measures what it costs. When
 * the count passes a power of two times this, every segment of that kind splits in two and is indexed again, once:
 * 512 puts those points at 1,024, 2,048, 4,096 … articles, not at the round sizes sites (and the bench) have.
 */
export const PAGES_PER_SEGMENT = 512;

export interface SegmentPlan {
  /** 0: article pages are in `site`. */
  articleSegments: number;
  projectSegments: number;
}

const ARTICLE = /^articles\/([^/]+)\/index\.html$/;
const PROJECT = /^projects\/([^/]+)\/index\.html$/;
// Browse pages live under projects/ too (projects/parks/x/): they are lists.
const LIST_UNDER_PROJECTS = /^projects\/(parks|sectors|stages)\//;

/** The smallest power of two at least `n` (so a growing site splits each segment in two, rarely and all at once). */
function powerOfTwo(n: number): number {
  let value = 1;
  while (value < n) value *= 2;
  return value;
}

/**
 * How many segments of each kind, from the pages' paths (relative to the edition's root: articles/x/index.html).
 * `size` is PAGES_PER_SEGMENT but in tests, which use small segments to build a few from small content.
 */
export function planSegments(files: Iterable<string>, size = PAGES_PER_SEGMENT): SegmentPlan {
  let articles = 0;
  let projects = 0;
  for (const file of files) {
    if (ARTICLE.test(file)) articles++;
    else if (PROJECT.test(file) && !LIST_UNDER_PROJECTS.test(file)) projects++;
  }
  if (articles <= size && projects <= size) return { articleSegments: 0, projectSegments: 0 };
  return { articleSegments: powerOfTwo(Math.ceil(articles / size)), projectSegments: powerOfTwo(Math.ceil(projects / size)) };
}

function bucket(name: string, count: number): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) % count;
}

/** The segment of a page, by its path relative to the edition's root. */
export function segmentOf(file: string, plan: SegmentPlan): string {
  const article = plan.articleSegments ? ARTICLE.exec(file) : null;
  if (article) return `a${bucket(article[1]!, plan.articleSegments)}`;
  const project = !plan.projectSegments || LIST_UNDER_PROJECTS.test(file) ? null : PROJECT.exec(file);
  if (project) return `p${bucket(project[1]!, plan.projectSegments)}`;
  return PRIMARY_SEGMENT;
}

/** A segment's folder under the edition's pagefind/ folder: '' for the primary index. */
export function segmentDir(segment: string): string {
  return segment === PRIMARY_SEGMENT ? '' : `${SEGMENTS_DIR}/${segment}/`;
}

/** The key of a segment's index: its pages and their bytes, in path order. */
export function segmentKey(segment: string, pages: ReadonlyArray<{ file: string; hash: string }>): string {
  const hash = createHash('sha256').update(`${segment}\n`);
  for (const page of [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) hash.update(`${page.file}\n${page.hash}\n`);
  return hash.digest('hex');
}
