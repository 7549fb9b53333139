// After each build, writes the Traditional-script edition under zh-hant/: every page, the feed and a sitemap,
// converted by the pure functions in src/lib/edition.ts.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITION_FEEDS, TRADITIONAL_DIR, convertFeedToTraditional, convertPageToTraditional, traditionalSitemap } from '../lib/edition.ts';

/** Pages that exist once for the whole site: hosts serve the root 404 page at every missing address. */
const SHARED_PAGES = new Set(['404.html']);

export interface EditionOptions {
  /** Called with each page of both editions (path relative to dist/) as it is read or written. */
  onPage?: (file: string, html: string) => Promise<void>;
}

export function traditionalEdition({ onPage }: EditionOptions = {}): AstroIntegration {
  let base = '/';
  let siteAndBase = '';
  return {
    name: 'jindu:traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteAndBase = new URL(base, config.site).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const options = { base, siteAndBase };
        const pages = (await readdir(outDir, { recursive: true }))
          .map((file) => file.split(path.sep).join('/'))
          .filter((file) => file.endsWith('.html') && !SHARED_PAGES.has(file) && !file.startsWith(`${TRADITIONAL_DIR}/`))
          .sort();
        for (const file of pages) {
          const target = path.join(outDir, TRADITIONAL_DIR, file);
          const simplified = await readFile(path.join(outDir, file), 'utf8');
          await onPage?.(file, simplified);
          const traditional = convertPageToTraditional(simplified, options);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, traditional);
          await onPage?.(`${TRADITIONAL_DIR}/${file}`, traditional);
        }
        for (const feed of EDITION_FEEDS) {
          await writeFile(path.join(outDir, TRADITIONAL_DIR, feed), convertFeedToTraditional(await readFile(path.join(outDir, feed), 'utf8'), options));
        }
        const listed = pages
          .filter((file) => !file.startsWith('embed/'))
          .map((file) => ({ url: new URL(file.replace(/index\.html$/, ''), siteAndBase).href }));
        await writeFile(path.join(outDir, TRADITIONAL_DIR, 'sitemap.xml'), traditionalSitemap(listed, siteAndBase));
        logger.info(`wrote the Traditional-script edition: ${pages.length} pages under ${TRADITIONAL_DIR}/`);
      },
    },
  };
}
