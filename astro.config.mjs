// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { readHosting } from './src/lib/hosting.ts';
import { hostingHeaders } from './src/integrations/hostingHeaders.ts';
import { editionAndSearch } from './src/integrations/editionAndSearch.ts';
import { SIMPLIFIED, TRADITIONAL, TRADITIONAL_DIR, traditionalUrl } from './src/lib/edition.ts';
import { chartDirectives } from './src/lib/charts/chartDirective.ts';

// BASE_PATH builds for a sub-folder (/reports/daqing/); SITE_URL is the public address used in canonical links,
// feeds and the sitemap. Until SITE_URL is set, links point at a placeholder domain reserved for documentation.
// npm run build checks both first and stops with one line each; this throw covers astro dev and astro check.
const hosting = readHosting(process.env);
if (!hosting.ok) throw new Error(hosting.errors.join('\n'));
const siteAndBase = new URL(hosting.base, hosting.site).href;

export default defineConfig({
  site: hosting.site,
  base: hosting.base,
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>, so the Content-Security-Policy needs no 'unsafe-inline'.
  // concurrency: pages whose rendering waits (social cards rasterised by sharp off the main thread) overlap with
  // the next ones instead of queueing; measured with npm run bench.
  build: { concurrency: 4, format: 'directory', inlineStylesheets: 'never' },
  // Articles are Markdown: a chart is a `::chart{kind=… project=…}` line (src/lib/charts/chartDirective.ts), which
  // the stored HTML keeps as a placeholder for the page to fill. .mdx articles (code run at build time) keep Astro's
  // default processor, without directives.
  markdown: { processor: satteri({ features: { directive: true }, mdastPlugins: [chartDirectives] }) },
  integrations: [
    mdx({ processor: satteri() }),
    // Chromeless chart pages are for other sites' iframes, not for search engines.
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith(`${hosting.base}embed/`),
      // Every page exists in both scripts; the Traditional pages are listed in their own sitemap.
      serialize: (item) => ({
        ...item,
        links: [
          { lang: SIMPLIFIED.lang, url: item.url },
          { lang: TRADITIONAL.lang, url: traditionalUrl(item.url, siteAndBase) },
        ],
      }),
      customSitemaps: [`${siteAndBase}${TRADITIONAL_DIR}/sitemap.xml`],
    }),
    // The Traditional edition and both search indexes, made on another thread as pages are rendered.
    editionAndSearch(),
    // Last: it lists what the top of dist/ holds once every other step has written its files.
    hostingHeaders(),
  ],
  devToolbar: { enabled: false },
  // Scripts and assets always as files: Astro would inline small scripts (and Vite small images as data: URIs),
  // which the Content-Security-Policy refuses.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX output trips this bundler warning (withastro/astro#18087, harmless); editors should see
        // warnings about their content only.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
