// After each build (and after the Traditional edition is written), indexes every page for search with Pagefind.
// Pagefind keeps one index per page language (zh-Hans, zh-Hant); Chinese is indexed by single characters
// (src/lib/search.ts says why).
//
// Pagefind indexes in its own process, so pages handed over early with `add` (the Traditional edition does, as it
// converts each page) are indexed while Node goes on converting: on two cores the two steps overlap instead of
// adding up. Pages nobody handed over are read from dist/ at the end.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import { SEARCH_DIR, pageForIndex } from '../lib/search.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export interface SearchIndexIntegration extends AstroIntegration {
  /**
   * Hands a built page (path relative to dist/, with / separators) to the indexer now; resolves when the indexer
   * can take more, so a fast caller never piles up thousands of pages in memory.
   */
  add: (file: string, html: string) => Promise<void>;
}

/** Pages handed to Pagefind and not yet indexed: enough to keep it busy, few enough to stay small in memory. */
const IN_FLIGHT = 16;

export function searchIndex(): SearchIndexIntegration {
  let index: Promise<PagefindIndex> | undefined;
  const added = new Set<string>();

  const open = (): Promise<PagefindIndex> =>
    (index ??= pagefind.createIndex({}).then(({ index: created, errors }) => {
      if (!created) throw new Error(`search index: ${errors.join('; ')}`);
      return created;
    }));

  const errors: string[] = [];
  let indexedPages = 0;
  const inFlight = new Set<Promise<void>>();
  const add = async (file: string, html: string): Promise<void> => {
    added.add(file);
    // Pagefind indexes only pages marked data-pagefind-body once any page is (BaseLayout marks the listed
    // ones); handing it the rest (embed pages, 404) would only cost time.
    if (!html.includes('data-pagefind-body')) return;
    indexedPages++;
    const content = pageForIndex(html);
    const indexed: Promise<void> = open()
      .then((ready) => ready.addHTMLFile({ sourcePath: file, content }))
      .then((result) => {
        if (result.errors.length) errors.push(`${file}: ${result.errors.join('; ')}`);
      })
      .finally(() => inFlight.delete(indexed));
    inFlight.add(indexed);
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
  };

  return {
    name: 'jindu:search-index',
    add,
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const pages = (await readdir(outDir, { recursive: true })).map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html'));
          for (const file of pages) if (!added.has(file)) await add(file, await readFile(path.join(outDir, file), 'utf8'));
          await Promise.all(inFlight);
          if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
          const written = await (await open()).writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
          if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${indexedPages} of ${pages.length} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
