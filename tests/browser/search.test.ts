// Search as a reader uses it: queries typed into the search page of the built seed site (for /reports/daqing/, served
// with its _headers, so the search page's CSP is the real one), results read from the page. Both editions.
//
// The main test takes every page the site indexes, reads its text in Chromium the way a reader sees it (runs of
// text inside one box: a paragraph, a heading, a table cell, a list item; minus the parts kept out of search), and
// types a fixed number of substrings sampled from it at random (seeded) into the search page, some starting or
// ending beside punctuation and digits: each must list that page. A sample of them is typed again in the other
// script and must list the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { foldToSimplified, toTraditional } from '../../src/lib/clean/script.ts';
import { seededRandom } from '../../src/lib/bench/corpus.ts';
import { measurePage } from '../../src/lib/bench/pageWeight.ts';
import strings from '../../src/i18n/zh-Hans.json';
import { openSearch as openSearchPage, searchAll as searchPage } from './searchPage.ts';
import { browserSite } from './site.ts';

const site = await browserSite();
const SEED_ARTICLE = 'articles/daqing-high-tech-key-projects-2023/';
const SAMPLES_PER_PAGE = 24;
/** Of those, how many start or end beside punctuation or a digit. */
const EDGE_SAMPLES = 8;
/** Of those, how many are typed again in the other script. */
const OTHER_SCRIPT_SAMPLES = 6;
const EDGE_CHARS = /[“”，。、：\d]/u;
const SYMBOL = /[\p{Alphabetic}\p{N}]/u;

/** Pages Pagefind indexes (they carry data-pagefind-body), as paths under the base, both editions. */
function indexedPages(): string[] {
  const pages: string[] = [];
  for (const entry of readdirSync(site.distDir, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    if (!file.endsWith('index.html')) continue;
    if (!readFileSync(path.join(site.distDir, file), 'utf8').includes('data-pagefind-body')) continue;
    pages.push(file.replace(/index\.html$/, ''));
  }
  return pages.sort();
}

/**
 * The runs of text a reader sees on the page that search covers: inside the indexed region, outside what is kept
 * out of search (navigation, forms, drawings, data-pagefind-ignore) except lists of related links, which are
 * searched as such. A run ends wherever the text leaves an inline box.
 */
function readRuns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const runs: string[] = [];
    let run = '';
    const end = () => {
      if (run.trim()) runs.push(run.trim());
      run = '';
    };
    const skipped = (element: Element) =>
      ['NAV', 'FORM', 'LABEL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'FOOTER', 'TEMPLATE', 'IFRAME', 'TEXTAREA'].includes(element.tagName) ||
      element.namespaceURI === 'http://www.w3.org/2000/svg' ||
      (element.hasAttribute('data-pagefind-ignore') && !(element.getAttribute('data-pagefind-meta') ?? '').startsWith('related-'));
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        run += node.textContent ?? '';
        return;
      }
      if (!(node instanceof Element) || skipped(node)) return;
      const display = getComputedStyle(node).display;
      if (display === 'none') return;
      const inline = display === 'inline' && node.tagName !== 'BR';
      if (!inline) end();
      for (const child of node.childNodes) walk(child);
      if (!inline) end();
    };
    const root = document.querySelector('[data-pagefind-body]');
    if (root) walk(root);
    end();
    return runs.map((text) => text.replace(/\s+/g, ' '));
  });
}

/** A substring of a run that holds at least one letter, digit or character; `edge` makes it start or end beside punctuation or a digit. */
function sample(runs: readonly string[], random: () => number, edge: boolean): string | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const run = Array.from(runs[Math.floor(random() * runs.length)]!);
    if (run.length === 0) continue;
    const length = 1 + Math.floor(random() * Math.min(10, run.length));
    let start = Math.floor(random() * (run.length - length + 1));
    if (edge) {
      const edges = run.flatMap((char, index) => (EDGE_CHARS.test(char) ? [index] : []));
      if (edges.length === 0) continue;
      const at = edges[Math.floor(random() * edges.length)]!;
      // Start at the mark or just after it, or end at it or just before it.
      const choice = Math.floor(random() * 4);
      start = choice === 0 ? at : choice === 1 ? at + 1 : choice === 2 ? at - length + 1 : at - length;
      start = Math.max(0, Math.min(start, run.length - length));
    }
    const text = run.slice(start, start + length).join('').trim();
    if (SYMBOL.test(text)) return text;
  }
  return undefined;
}

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

  const openSearch = (edition: string) => openSearchPage(page, site.url, site.base, edition);
  const searchAll = (queries: readonly string[]) => searchPage(page, site.base, queries);

  async function search(query: string): Promise<string[]> {
    return (await searchAll([query]))[0]!;
  }

  it('lists every indexed page for any run of its text typed into the search page, in either script', { timeout: 600_000 }, async () => {
    const pages = indexedPages();
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain(SEED_ARTICLE);
    expect(pages).toContain(`zh-hant/${SEED_ARTICLE}`);
    const random = seededRandom(20261125);
    const missed: string[] = [];
    const differ: string[] = [];
    let typed = 0;
    for (const edition of ['', 'zh-hant/']) {
      const samples: Array<{ page: string; query: string; otherScript: boolean }> = [];
      for (const pagePath of pages.filter((candidate) => (edition ? candidate.startsWith(edition) : !candidate.startsWith('zh-hant/')))) {
        await page.goto(`${site.url}${pagePath}`);
        const runs = await readRuns(page);
        expect(runs.length, pagePath).toBeGreaterThan(0);
        for (let i = 0; i < SAMPLES_PER_PAGE; i++) {
          const query = sample(runs, random, i < EDGE_SAMPLES);
          if (query) samples.push({ page: pagePath, query, otherScript: i % Math.ceil(SAMPLES_PER_PAGE / OTHER_SCRIPT_SAMPLES) === 0 });
        }
      }
      await openSearch(edition);
      const others = samples.map(({ query, otherScript }) => (otherScript ? (edition ? foldToSimplified(query) : toTraditional(query)) : query));
      const unique = [...new Set([...samples.map(({ query }) => query), ...others])];
      const found = await searchAll(unique);
      typed += unique.length;
      const resultsOf = (query: string) => found[unique.indexOf(query)]!;
      samples.forEach(({ page: pagePath, query }, i) => {
        const listed = resultsOf(query);
        if (!listed.includes(pagePath)) missed.push(`${pagePath}: "${query}" → ${listed.length} results`);
        const other = others[i]!;
        if (other !== query && resultsOf(other).slice().sort().join() !== listed.slice().sort().join()) {
          differ.push(`${pagePath}: "${query}" → ${listed.length}, "${other}" → ${resultsOf(other).length}`);
        }
      });
    }
    expect(missed, `${missed.length} of ${typed} queries missed their page`).toEqual([]);
    expect(differ).toEqual([]);
  });

  // Words from the seed article's headline and body that a reader would type, each touching punctuation or digits.
  it.each([
    ['', '进度条'],
    ['', '加速跑'],
    ['', '拉满'],
    ['', '翻身仗'],
    ['', '油头化尾'],
    ['', '5.2亿元'],
    ['', '69.7'],
    ['', '69.7%'],
    ['', '“进度条”'],
    ['', '2023年5月'],
    ['zh-hant/', '進度條'],
    ['zh-hant/', '进度条'],
    ['zh-hant/', '油頭化尾'],
    ['zh-hant/', '5.2億元'],
  ])('finds the seed article for %s%s, and marks exactly the words typed', async (edition, query) => {
    await openSearch(edition);
    const results = await search(query);
    expect(results).toContain(`${edition}${SEED_ARTICLE}`);
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const plain = (text: string) => foldToSimplified(text).replace(/[^\p{Alphabetic}\p{N}.]/gu, '');
    for (const mark of marks) expect(plain(mark)).toBe(plain(query));
    if (query.startsWith('“')) expect(marks).toContain(query);
  });

  it('does not take a number for a different one: 5.2亿 is not 52亿', async () => {
    await openSearch('');
    expect(await search('52亿元')).toEqual([]);
    expect(await search('5.2亿元')).toContain(SEED_ARTICLE);
  });

  it('ranks pages holding the words in their title or text above pages that only list them among related links', async () => {
    await openSearch('');
    const results = await search('华理');
    expect(results[0]).toBe('projects/huali-bio/');
    const items = await page.locator('#search-results .search-results > li').evaluateAll((list) =>
      list.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, relatedOnly: item.querySelector('p .meta') !== null })),
    );
    // Whether each page's own text (not its related links, nor what search leaves out) holds the query.
    const inText: boolean[] = [];
    for (const { href } of items) {
      await page.goto(new URL(href, site.url).href);
      inText.push(
        await page.evaluate(() => {
          const root = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as Element;
          for (const left of root.querySelectorAll('[data-pagefind-ignore], nav, form, svg')) left.remove();
          return root.textContent!.includes('华理');
        }),
      );
    }
    expect(inText.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(items.map((item) => !item.relatedOnly)).toEqual(inText);
    const firstRelated = inText.indexOf(false);
    expect(firstRelated).toBeGreaterThan(0);
    expect(inText.slice(firstRelated).every((holds) => !holds)).toBe(true);
  });

  it('shows excerpts of what readers read: no label lists, field paths, citation marks or chart data', async () => {
    await openSearch('');
    for (const query of ['华理', '项目', '开复工率', 'indicators']) {
      expect((await search(query)).length, query).toBeGreaterThan(0);
      const excerpts = await page.locator('#search-results .search-results p').allTextContents();
      for (const excerpt of excerpts) {
        expect(excerpt, query).not.toMatch(/[a-z]+\.[a-z]+[A-Z]|\[\]\.|\[\d+\]/);
        expect(excerpt, query).not.toMatch(/已签约.{0,3}已取得土地/);
        expect(excerpt, query).not.toMatch(/数据表|嵌入代码|SVG/);
      }
    }
  });

  it('matches the words asked for, not their characters scattered over a page, and says when nothing is found', async () => {
    await openSearch('');
    // Both characters of 物华 appear on many pages, never together.
    expect(await search('物华')).toEqual([]);
    expect(await search('xyzzyqqq')).toEqual([]);
    expect(await page.locator('#search-results').textContent()).toContain(strings.search.none.replace('{q}', 'xyzzyqqq'));
  });

  it('runs from the header box of any page, the address carrying the query, and each edition searches itself', async () => {
    await page.goto(`${site.url}zh-hant/`);
    await page.locator('header input[name="q"]').fill('華理生物');
    await page.locator('header button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('#search-results .search-results') !== null);
    expect(page.url()).toContain(`${site.base}zh-hant/search/?q=`);
    const hrefs = await page.locator('#search-results .search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs[0]).toBe(`${site.base}zh-hant/projects/huali-bio/`);
    expect(hrefs.every((href) => href.startsWith(`${site.base}zh-hant/`))).toBe(true);
  });

  it('keeps the search page’s own script under 10 KB gzipped before Pagefind loads', () => {
    const read = (urlPath: string) => {
      try {
        return readFileSync(path.join(site.distDir, urlPath.slice(site.base.length)));
      } catch {
        return undefined;
      }
    };
    for (const edition of ['', 'zh-hant/']) {
      const weight = measurePage(`${site.base}${edition}search/`, read);
      expect(weight.missing).toEqual([]);
      expect(weight.jsGz).toBeGreaterThan(1000);
      expect(weight.jsGz).toBeLessThan(10 * 1024);
    }
  });

  it('ran without console errors or CSP refusals', () => {
    expect(errors).toEqual([]);
  });
});
