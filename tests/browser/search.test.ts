// Search as a reader uses it: type in the header's box, land on the search page, read the results. Runs on the
// site built for /reports/daqing/ and served with its _headers, so the search page's CSP is the real one.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const site = inject('browserSite');
const SEED = 'articles/daqing-high-tech-key-projects-2023/';

describe.skipIf(!site.wsEndpoint)('search', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(site.wsEndpoint!);
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Searches from the header box of a page, as a reader would, and returns the result addresses in order. */
  async function searchFrom(startPath: string, query: string): Promise<string[]> {
    await page.goto(site.url + startPath);
    await page.locator('header input[name="q"]').fill(query);
    await page.locator('header button[type="submit"]').click();
    await page.waitForSelector('#search-results .search-results, #search-results p.meta');
    return page.locator('#search-results .search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  }

  // A page whose title holds the query comes first; 开复工率 is in no title, so only its pages are asserted below.
  it.each([
    ['华理生物', 'projects/huali-bio/'],
    ['沃尔沃', 'projects/volvo-daqing-phase-1-upgrade/'],
  ])('finds the seed article and, first, the right page for %s', async (query, expectedFirst) => {
    const results = await searchFrom('', query);
    expect(results).toContain(`${site.base}${SEED}`);
    expect(results[0]).toBe(`${site.base}${expectedFirst}`);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`${site.base}search/?q=`);
  });

  it('searches the Traditional edition from its own pages, in Traditional script', async () => {
    const results = await searchFrom('zh-hant/', '華理生物');
    expect(results[0]).toBe(`${site.base}zh-hant/projects/huali-bio/`);
    expect(results).toContain(`${site.base}zh-hant/${SEED}`);
    expect(results.every((href) => href.startsWith(`${site.base}zh-hant/`))).toBe(true);
  });

  it('matches the words asked for, not their characters scattered over a page', async () => {
    // Both characters of 物华 appear on many pages, never together.
    expect(await searchFrom('', '物华')).toEqual([]);
    const startRate = await searchFrom('', '开复工率');
    expect(startRate).toHaveLength(3);
    expect(startRate).toEqual(expect.arrayContaining([`${site.base}`, `${site.base}${SEED}`]));
  });

  it('says so when nothing is found', async () => {
    expect(await searchFrom('', 'xyzzyqqq')).toEqual([]);
    expect(await page.locator('#search-results').textContent()).toContain('没有找到与“xyzzyqqq”相关的内容');
  });

  it('ran without console errors or CSP refusals', () => {
    expect(errors).toEqual([]);
  });
});
