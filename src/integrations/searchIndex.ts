// After each build (and after the Traditional edition is written), indexes every page for search with Pagefind.
// Pagefind keeps one index per page language (zh-Hans, zh-Hant); Chinese is indexed by single characters
// (src/lib/search.ts says why).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readdir, readFile } from 'node:fs/promises';
import { SEARCH_DIR, pageForIndex } from '../lib/search.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'jindu:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        try {
          const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          for (const file of pages) {
            const added = await index.addHTMLFile({ sourcePath: file, content: pageForIndex(await readFile(path.join(outDir, file), 'utf8')) });
            if (added.errors.length) throw new Error(`search index: ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
          if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages.length} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
