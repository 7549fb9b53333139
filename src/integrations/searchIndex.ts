// After each build (and after the Traditional edition is written), indexes every page for search with Pagefind.
// Pagefind keeps one index per page language (zh-Hans, zh-Hant) and segments Chinese words itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_DIR } from '../lib/search.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'jindu:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
          if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
