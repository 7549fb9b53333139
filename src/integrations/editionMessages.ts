// What editionAndSearch.ts and its worker (editionWorker.ts) say to each other.
import type { EditionStrings } from '../lib/edition.ts';
import type { TraditionalRegion } from '../lib/traditional.ts';

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
}

export type ToWorker =
  /** A built Simplified page: its path under dist/ and its bytes. */
  | { type: 'page'; file: string; bytes: Uint8Array }
  /** Every page has been sent: write the feeds, the sitemap and the indexes. */
  | { type: 'finish' };

export type FromWorker =
  /** One page converted, written and handed to the indexer. */
  | { type: 'taken' }
  /** `converted`: pages written in the Traditional edition (0 from the Simplified worker). */
  | { type: 'finished'; converted: number; indexed: number }
  | { type: 'failed'; message: string; code?: string | undefined };
