// What editionAndSearch.ts and its worker (editionWorker.ts) say to each other, and what they keep in the cache.
import type { EditionStrings } from '../lib/edition.ts';
import type { TraditionalRegion } from '../lib/traditional.ts';

/** A page's Traditional twin, cached: the bytes of the Simplified page it was converted from and its own, by hash. */
export interface CachedTwin {
  source: string;
  twin: string;
}

/** A search segment's index, cached: the key of its pages, its files by hash, and the symbols its pages hold. */
export interface CachedSegment {
  key: string;
  files: Record<string, string>;
  symbols: Record<string, number>;
  /** Pages indexed. */
  pages: number;
}

export interface EditionWorkerData {
  /**
   * Which edition this worker indexes: the Simplified pages as built, or the Traditional twins it writes first.
   * One worker each, so the two indexes (each in its own Pagefind process) are built and written side by side.
   */
  edition: 'simplified' | 'traditional';
  /** The folder Astro writes the build into. */
  outDir: string;
  base: string;
  siteAndBase: string;
  /** Whose Traditional the edition is written in (TRADITIONAL_REGION). */
  region: TraditionalRegion;
  /** The dataset's names, converted character by character. */
  names: string[];
  strings: EditionStrings;
  /** The build cache (src/lib/incremental/store.ts): its files are read and written by hash. */
  cacheDir: string;
  /** The last build's twins by page path (Traditional worker; empty when the conversion itself changed). */
  twins: Record<string, CachedTwin>;
  /** The last build's segments of this edition's index. */
  segments: Record<string, CachedSegment>;
}

export type ToWorker =
  /** How many pages each search segment will get, known once Astro has listed its paths. */
  | { type: 'plan'; expected: Record<string, number> }
  /**
   * A built Simplified page: its path under dist/, the hash of its bytes, its search segment, and its bytes unless
   * the page cache holds them under that hash.
   */
  | { type: 'page'; file: string; hash: string; segment: string; bytes?: Uint8Array | undefined }
  /** Every page has been sent: write the remaining segments, the feeds, the sitemap. */
  | { type: 'finish' };

export interface WorkerSummary {
  /** Pages converted to Traditional, and twins taken from the cache instead. */
  converted: number;
  twinsReused: number;
  indexed: number;
  segmentsBuilt: string[];
  segmentsReused: string[];
}

/**
 * What a build says it did, written to the cache as BUILD_SUMMARY for tests: what it rendered, converted, indexed
 * and drew, what it took from the cache instead, and how many stored files it deleted.
 */
export interface BuildSummary {
  pages: { rendered: string[]; restored: string[] };
  simplified: WorkerSummary;
  traditional: WorkerSummary;
  images: { drawn: number };
  pruned: number;
}

export const BUILD_SUMMARY = 'last-build.json';

export type FromWorker =
  /** One page taken (converted or reused, and queued for its segment). */
  | { type: 'taken' }
  | ({ type: 'finished'; twins: Record<string, CachedTwin>; segments: Record<string, CachedSegment>; stamps: Record<string, string> } & WorkerSummary)
  | { type: 'failed'; message: string; code?: string | undefined };
