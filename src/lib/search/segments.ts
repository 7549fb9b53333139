// The search index of each edition in segments, so a build re-indexes only the segments whose pages changed.
// Pagefind cannot update an index, but its search page can merge several (mergeIndex): each segment is an index of
// its own, built from its pages in path order, and kept between builds keyed by its pages and their bytes. Which
// segment a page belongs to depends only on its address, the project its article is about and how many articles
// and projects the site has, so a clean build and an incremental one make the same segments, byte for byte.
//
// - `site`: the home page, lists, the tracker, /data/ …, the primary index at pagefind/ itself;
// - `p0` … : project pages, each with the articles about it (by the first project an article lists; an article
//   listing none goes by its own address), by a hash, in as many segments as these pages need.
// A project's page and its articles change together (a follow-up changes the project's page and the related lists
// of its other articles), so keeping them together means adding an article re-indexes one of these segments and
// `site`. There are at most a few segments (MAX_SEGMENTS): a search loads one index per segment
// (src/scripts/search.ts). A site with no more articles and projects than one segment holds has one index, as if
// there were no segments: Pagefind scores a page against the other pages of its own index, so scores from segments
// of a few pages each would not compare (see docs/site.md, Search).

import { createHash } from 'node:crypto';

export const PRIMARY_SEGMENT = 'site';
/** Where the other segments live, under the edition's pagefind/ folder. */
export const SEGMENTS_DIR = 's';

/**
 * Article and project pages per segment (at most, on average; at least half as many): npm run bench measures what it
 * costs. When the count passes a power of two times this, every segment splits in two and is indexed again, once:
 * 512 puts those points at 1,024 and 2,048 pages, not at the round sizes sites (and the bench) have.
 */
export const PAGES_PER_SEGMENT = 512;

/**
 * At most this many segments besides `site`; beyond 2,048 pages they grow instead. A first search fetches, from
 * every index, a chunk for each character typed: at 5,000 articles sixteen segments made a project's name cost 239
 * requests and 5 MB on a reader's phone, against about 34 requests and 1.4 MB for one index. Re-indexing a bigger
 * segment costs the editor seconds; the reader's data is the scarcer.
 */
export const MAX_SEGMENTS = 4;

export interface SegmentPlan {
  /** 0: article and project pages are in `site`. */
  segments: number;
  /** The project an article (by its address) is about, when it lists one. */
  projectOf: ReadonlyMap<string, string>;
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
 * How many segments, from the pages' paths (relative to the edition's root: articles/x/index.html) and the project
 * each article is about. `size` is PAGES_PER_SEGMENT but in tests, which use small segments to build a few from
 * small content.
 */
export function planSegments(files: Iterable<string>, projectOf: ReadonlyMap<string, string> = new Map(), size = PAGES_PER_SEGMENT): SegmentPlan {
  let pages = 0;
  for (const file of files) if (ARTICLE.test(file) || (PROJECT.test(file) && !LIST_UNDER_PROJECTS.test(file))) pages++;
  return { segments: pages <= size ? 0 : Math.min(MAX_SEGMENTS, powerOfTwo(Math.ceil(pages / size))), projectOf };
}

function bucket(name: string, count: number): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) % count;
}

/** The segment of a page, by its path relative to the edition's root. */
export function segmentOf(file: string, plan: SegmentPlan): string {
  if (!plan.segments) return PRIMARY_SEGMENT;
  const article = ARTICLE.exec(file)?.[1];
  if (article !== undefined) {
    const project = plan.projectOf.get(article);
    return `p${bucket(project === undefined ? `article:${article}` : `project:${project}`, plan.segments)}`;
  }
  const project = LIST_UNDER_PROJECTS.test(file) ? undefined : PROJECT.exec(file)?.[1];
  if (project !== undefined) return `p${bucket(`project:${project}`, plan.segments)}`;
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
