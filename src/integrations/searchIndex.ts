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
  /** Hands a built page (path relative to dist/, with / separators) to the indexer now. */
  add: (file: string, html: string) => void;
}

export function searchIndex(): SearchIndexIntegration {
  let index: Promise<PagefindIndex> | undefined;
  const added = new Set<string>();
  const pending: Promise<string | undefined>[] = [];

  const open = (): Promise<PagefindIndex> =>
    (index ??= pagefind.createIndex({}).then(({ index: created, errors }) => {
      if (!created) throw new Error(`search index: ${errors.join('; ')}`);
      return created;
    }));

  const add = (file: string, html: string): void => {
    added.add(file);
    const content = pageForIndex(html);
    pending.push(
      open()
        .then((ready) => ready.addHTMLFile({ sourcePath: file, content }))
        .then((result) => (result.errors.length ? `${file}: ${result.errors.join('; ')}` : undefined)),
    );
  };

  return {
    name: 'jindu:search-index',
    add,
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const pages = (await readdir(outDir, { recursive: true })).map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html'));
          for (const file of pages) if (!added.has(file)) add(file, await readFile(path.join(outDir, file), 'utf8'));
          const errors = (await Promise.all(pending)).filter((error): error is string => error !== undefined);
          if (errors.length) throw new Error(`search index: ${errors.join('; ')}`);
          const written = await (await open()).writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
          if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages.length} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
