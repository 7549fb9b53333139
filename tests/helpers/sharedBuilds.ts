// Builds that more than one test file reads, made once per run by tests/globalSetup.ts when a file first asks for
// one. A file copies what it would change: nothing a shared build leaves is modified afterwards.
import { inject } from 'vitest';
import type { SubfolderSite } from '../browser/site.ts';

/**
 * The seed site at the root of its host, with the image and page cache it filled. Statuses are judged on the build
 * date, pinned so the pages read the same on any day.
 */
export const SEED = { today: '2026-11-25' } as const;

/**
 * The benchmark corpus with its search index in segments of four pages: 40 articles make two pages of the article
 * list, and with their 8 projects as many segments as there can be (MAX_SEGMENTS), as 41 still do.
 */
export const CORPUS = { articles: 40, segmentPages: '4' } as const;

export interface SharedBuild {
  /** The copy of the project the build ran in. */
  project: string;
  /** The built site. */
  out: string;
  /** Its JINDU_CACHE_DIR. */
  cache: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface SharedBuilds {
  seed: SharedBuild;
  corpus: SharedBuild;
  /** The seed built for a sub-folder and served (tests/browser/site.ts). */
  browser: SubfolderSite;
}

/** What to do when the run ends: folders to delete, servers to stop. */
export type Cleanup = Array<() => Promise<unknown>>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where tests/globalSetup.ts hands out the shared builds: http://127.0.0.1:port/. */
    sharedBuilds: string;
  }
}

/** The shared build `name`, made now if no file asked for it before. */
export async function sharedBuild<Name extends keyof SharedBuilds>(name: Name): Promise<SharedBuilds[Name]> {
  const response = await fetch(new URL(name, inject('sharedBuilds')));
  // The answer's head comes at once, its body (after spaces that keep the connection alive) when the build is done.
  const result = JSON.parse(await response.text()) as SharedBuilds[Name] | { error: string };
  if ('error' in result) throw new Error(`The shared build "${name}" could not be made:\n${result.error}`);
  return result;
}
