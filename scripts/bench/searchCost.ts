// What a search costs a reader, measured on a built site: the search page opened in Chromium with an empty cache,
// queries typed into it one after another, and every request the page makes counted with its bytes on the wire
// (as this test server sends them: Pagefind's index and fragments are gzipped by Pagefind itself; pagefind.js and
// the WebAssembly are counted as sent, uncompressed by this server, and a CDN would gzip the script further).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveSite } from '../lib/serve.ts';

export interface SearchCost {
  /** The edition's search page, '' or 'zh-hant/'. */
  edition: string;
  query: string;
  /** The first query on the page pays for Pagefind's script, WebAssembly and metadata too. */
  first: boolean;
  results: number;
  requests: number;
  kb: number;
  /** Of which the index chunks: the words' page lists. */
  indexRequests: number;
  indexKb: number;
  ms: number;
}

/** Runs each edition's queries on its search page, in order, the first with nothing cached. */
export async function measureSearch(dist: string, chromiumPath: string, queries: ReadonlyArray<{ edition: string; query: string }>): Promise<SearchCost[]> {
  const site = await serveSite(dist, '/');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const costs: SearchCost[] = [];
  try {
    for (const edition of [...new Set(queries.map((entry) => entry.edition))]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let seen: Array<{ url: string; bytes: Promise<number> }> = [];
      page.on('requestfinished', (request) => {
        const bytes = request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize);
        // A request finishing as the page closes, after its query was counted, can no longer be sized: that
        // rejection is nobody's to handle, while a counted request's failure still fails the measurement.
        bytes.catch(() => undefined);
        seen.push({ url: request.url(), bytes });
      });
      await page.goto(`${site.url}${edition}search/`);
      await page.waitForLoadState('networkidle');
      let first = true;
      for (const { query } of queries.filter((entry) => entry.edition === edition)) {
        seen = [];
        const started = performance.now();
        const results = await page.evaluate(async (q) => {
          const input = document.getElementById('search-query') as HTMLInputElement;
          input.value = q;
          input.form!.requestSubmit();
          await new Promise<void>((resolve) => {
            const check = () => (document.getElementById('search-results')?.dataset.state === 'done' && document.getElementById('search-results')?.dataset.query === q ? resolve() : void setTimeout(check, 5));
            check();
          });
          return Number(/\d+/.exec(document.querySelector('#search-results p.meta')?.textContent ?? '')?.[0] ?? 0);
        }, query);
        const ms = performance.now() - started;
        await page.waitForLoadState('networkidle');
        const sizes = await Promise.all(seen.map(async (entry) => ({ url: entry.url, bytes: await entry.bytes })));
        const index = sizes.filter((entry) => entry.url.includes('/index/'));
        const kb = (list: typeof sizes) => Math.round(list.reduce((sum, entry) => sum + entry.bytes, 0) / 102.4) / 10;
        costs.push({ edition, query, first, results, requests: sizes.length, kb: kb(sizes), indexRequests: index.length, indexKb: kb(index), ms: Math.round(ms) });
        first = false;
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return costs;
}
