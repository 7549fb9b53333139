// The search page as a reader drives it, for the browser tests: opened once per edition (it searches in place), a
// query typed into its box and submitted as Enter does, every result read back (asking for more while offered).
import type { Page } from 'playwright-core';

/** Opens an edition's search page ('' or 'zh-hant/') of the site at `url` (served under `base`). */
export async function openSearch(page: Page, url: string, base: string, edition: string): Promise<void> {
  // Already there: the page searches in place, its index loaded once.
  if (new URL(page.url()).pathname === `${base}${edition}search/`) return;
  await page.goto(`${url}${edition}search/`);
}

/**
 * Types each query into the search page's box and submits it, as Enter does, and returns each one's results:
 * their addresses under `base`, in order, all of them (it asks for more while the page offers more). Runs
 * inside the page, so a thousand queries take seconds, not minutes. A search page that reloads to search (as
 * before the page searched in place) is driven one query per load instead, and read the same way.
 */
export async function searchAll(page: Page, base: string, queries: readonly string[]): Promise<string[][]> {
  const run = async ({ qs, submit }: { qs: readonly string[]; submit: boolean }) => {
    const until = (done: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (done() ? resolve() : void setTimeout(check, 1));
        check();
      });
    const shown = () => document.querySelectorAll('#search-results .search-results > li').length;
    const all: string[][] = [];
    for (const q of qs) {
      if (submit) {
        const input = document.getElementById('search-query') as HTMLInputElement;
        input.value = q;
        input.form!.requestSubmit();
      }
      // This page marks its state; a page that reloads to search has only the line naming the query.
      await until(() => {
        const { state, query } = document.getElementById('search-results')?.dataset ?? {};
        if (state !== undefined) return state === 'done' && query === q;
        return [...document.querySelectorAll('#search-results p.meta')].some((line) => line.textContent?.includes(`“${q}”`));
      });
      for (let more = document.querySelector<HTMLButtonElement>('#search-results button.search-more'); more && !more.hidden; ) {
        const before = shown();
        more.click();
        await until(() => shown() > before || more!.hidden);
      }
      all.push([...document.querySelectorAll('#search-results .search-results a')].map((link) => link.getAttribute('href')!));
    }
    return all;
  };
  const relative = (hrefs: string[]) => hrefs.map((href) => (href.startsWith(base) ? href.slice(base.length) : href));
  try {
    return (await page.evaluate(run, { qs: queries, submit: true })).map(relative);
  } catch {
    const all: string[][] = [];
    for (const query of queries) {
      await page.locator('#search-query').fill(query);
      await page.locator('#search-query').press('Enter');
      await page.waitForLoadState();
      all.push(relative((await page.evaluate(run, { qs: [query], submit: false }))[0]!));
    }
    return all;
  }
}
