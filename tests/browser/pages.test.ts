// Opens the pages readers open most in Chromium at phone and desktop widths, from the site built for
// /reports/daqing/ and served with its _headers (so the Content-Security-Policy is in force): the page fits the
// screen, nothing is refused or fails, charts show, axe finds nothing serious, and all of it works with
// JavaScript off.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import strings from '../../src/i18n/zh-Hans.json';
import { browserSite } from './site.ts';

const site = await browserSite();
const WIDTHS = [360, 1280] as const;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Console errors (CSP refusals among them), uncaught exceptions, failed requests and error responses, each added to
 * the list `listFor` gives (for a request, the list of the page that made it).
 */
function watch(page: Page, listFor: (request?: Request) => string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') listFor().push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => listFor().push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Cancelled by Chromium itself (a navigation, or the icon of a page with an error status, which it may drop
    // mid-flight): nothing a reader misses. A missing file is a 4xx response below; a refused one, a console error.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    listFor(request).push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) listFor(response.request()).push(`${response.status()}: ${response.url()}`);
  });
}

/** A tab kept open and taken from page to page, as a reader's is. */
interface Tab {
  page: Page;
  /** What went wrong since the tab last opened a page. */
  errors: string[];
  /** Opens `url`, waiting for its load event, and returns the response's status. */
  open: (url: string) => Promise<number | undefined>;
}

async function openTab(browser: Browser, options: BrowserContextOptions): Promise<Tab> {
  const page = await (await browser.newContext(options)).newPage();
  const tab: Tab = {
    page,
    errors: [],
    open: async (url) => {
      tab.errors = [];
      return (await page.goto(url, { waitUntil: 'load' }))?.status();
    },
  };
  // A request the page before made that fails as the next one loads (cut off by the navigation) is the earlier page's.
  const madeFor = new WeakMap<Request, string[]>();
  page.on('request', (request) => madeFor.set(request, tab.errors));
  watch(page, (request) => (request && madeFor.get(request)) || tab.errors);
  return tab;
}

/**
 * What sticks out: the document wider than the viewport, an element past the viewport's edge, or content wider
 * than the box that holds it (a number spilling out of its card). Anything inside a box that scrolls or clips,
 * such as a wide table's scroller or a visually hidden caption, is where it should be.
 */
function overflowIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`the document is ${document.documentElement.scrollWidth}px wide`);
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return style.overflowX !== 'visible' || style.clipPath !== 'none';
    };
    for (const element of document.body.querySelectorAll('*')) {
      let contained = false;
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (clips(parent)) contained = true;
      }
      if (contained) continue;
      const box = element.getBoundingClientRect();
      if ((box.width > 0 || box.height > 0) && (box.left < -0.5 || box.right > width + 0.5)) {
        found.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      }
      const display = getComputedStyle(element).display;
      const inline = display === 'inline' || display === 'contents' || display === 'none';
      // Inside an SVG only position counts: its text and shapes have no CSS box to overflow.
      const inSvg = element.closest('svg') !== null;
      if (!inline && !inSvg && !clips(element) && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${describe(element)} holds content ${element.scrollWidth}px wide in ${element.clientWidth}px`);
      }
    }
    return found.slice(0, 10);
  });
}

interface ChartBox {
  label: string;
  left: number;
  right: number;
  width: number;
  height: number;
  viewport: number;
}

/** The charts on screen: each figure holds a narrow and a wide layout, and shows one. */
function chartsIn(page: Page): Promise<ChartBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure svg[role="img"]')].filter((svg) => svg.checkVisibility()).map((svg) => {
      const box = svg.getBoundingClientRect();
      const label = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? '';
      return { label, left: box.left, right: box.right, width: box.width, height: box.height, viewport: document.documentElement.clientWidth };
    }),
  );
}

interface ChartText {
  kind: string;
  text: string;
  /** The size a reader sees: the computed font size times the drawing's scale on screen. */
  px: number;
}

/** Every text of every chart on screen, with the size it is rendered at. */
function chartTexts(page: Page): Promise<ChartText[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure svg.chart')]
      .filter((svg) => svg.checkVisibility())
      .flatMap((svg) => {
        const scale = svg.getScreenCTM()!.a;
        const kind = [...svg.classList].find((name) => /^chart--(economics|progress|comparison|timeline)$/.test(name))!.slice('chart--'.length);
        return [...svg.querySelectorAll('text')].map((text) => ({ kind, text: text.textContent ?? '', px: Math.round(parseFloat(getComputedStyle(text).fontSize) * scale * 100) / 100 }));
      }),
  );
}

/**
 * Table text broken where it must not be: a value (a cell's text) or a word of a label (the text between two
 * <wbr>) that the browser set on more than one line.
 */
function brokenTableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('.table-scroll :is(td, th), table :is(.num, .status-note)')) {
      if (!cell.checkVisibility() || cell.matches('.phrases')) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        if (!text || (node.parentElement && node.parentElement.closest('.badge, .cite-mark'))) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(`"${text}" on ${lines.size} lines`);
      }
    }
    return broken;
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate(() => (window as unknown as { axe: { run: (options: object) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }))) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', ')}`);
}

/** What a reader reads in <main>: headings, paragraphs, list items, cells, chart labels, one per line. */
function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main :is(h1, h2, h3, h4, p, li, th, td, dt, dd, figcaption, blockquote)')]
      .map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

/** What a page shows a reader, read once as it loads, for the tests that compare it with another width or with JavaScript off. */
interface Reading {
  text: string[];
  charts: ChartBox[];
  chartTexts: ChartText[];
  /** Each chart's scale on screen: 1 when a layout is shown at its own size. */
  scales: number[];
}

async function read(page: Page): Promise<Reading> {
  const scales = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('figure svg.chart')].filter((svg) => svg.checkVisibility()).map((svg) => svg.getScreenCTM()!.a));
  return { text: await readableText(page), charts: await chartsIn(page), chartTexts: await chartTexts(page), scales };
}

describe.skipIf(!site.wsEndpoint)('in Chromium', () => {
  let browser: Browser;
  // One tab for each way of reading (a width, the dark scheme, JavaScript off), taken from page to page: a new
  // context for every page and width made Chromium start a renderer for each, most of this file's time.
  const tabs = new Map<string, Promise<Tab>>();
  const tab = (name: string, options: BrowserContextOptions) => {
    if (!tabs.has(name)) tabs.set(name, openTab(browser, options));
    return tabs.get(name)!;
  };
  const atWidth = (width: number) => tab(String(width), { viewport: { width, height: 800 } });
  const inDarkScheme = () => tab('dark', { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  const withoutScript = () => tab('no-script', { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });

  /** Readings by width and page, taken as each page loads in the tests of its width, or here when those did not run. */
  const readings = new Map<string, Reading>();
  async function readingOf(width: number, pagePath: string): Promise<Reading> {
    const key = `${width} ${pagePath}`;
    if (!readings.has(key)) {
      const { open, page } = await atWidth(width);
      await open(site.url + pagePath);
      readings.set(key, await read(page));
    }
    return readings.get(key)!;
  }

  beforeAll(async () => {
    browser = await chromium.connect(site.wsEndpoint!);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is served with a Content-Security-Policy that refuses inline script and style, and says so on the console', async () => {
    const { open, page } = await atWidth(1280);
    await open(site.url);
    // Chromium's wording changes between versions; the directive it names does not.
    const refusal = (directive: string) =>
      page.waitForEvent('console', {
        predicate: (message) => message.type() === 'error' && message.text().includes(`Content Security Policy directive '${directive} 'self''`),
        timeout: 10_000,
      });
    const [ran] = await Promise.all([
      page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true';
        document.head.append(script);
        document.body.setAttribute('style', 'outline: 9px solid red');
        return {
          script: (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false,
          style: getComputedStyle(document.body).outlineStyle,
        };
      }),
      refusal('script-src'),
      refusal('style-src'),
    ]);
    expect(ran).toEqual({ script: false, style: 'none' });
  });

  describe.each(site.readerPages)('the %s page (/%s)', (_label, pagePath) => {
    const url = site.url + pagePath;

    describe.each(WIDTHS)('at %i px', (width) => {
      let page: Page;
      let errors: string[];
      let status: number | undefined;

      beforeAll(async () => {
        const tab = await atWidth(width);
        page = tab.page;
        status = await tab.open(url);
        errors = tab.errors;
        readings.set(`${width} ${pagePath}`, await read(page));
      });

      it('loads with no console error, refused resource or failed request', () => {
        expect(status).toBe(200);
        expect(errors).toEqual([]);
      });

      it('fits the screen: nothing sticks out of the viewport or out of its box', async () => {
        expect(await overflowIn(page)).toEqual([]);
      });

      it('shows every chart with a size, inside the viewport', async () => {
        for (const chart of await chartsIn(page)) {
          expect(chart.width * chart.height, chart.label).toBeGreaterThan(0);
          expect(chart.left, chart.label).toBeGreaterThanOrEqual(0);
          expect(chart.right, chart.label).toBeLessThanOrEqual(chart.viewport + 0.5);
        }
      });

      it('has no serious or critical accessibility violation (axe)', async () => {
        expect(await axeViolations(page)).toEqual([]);
      });

      it('sets chart labels and ticks at 12–14 px, never above the body text', async () => {
        const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        for (const text of await chartTexts(page)) {
          expect(text.px, `${text.kind}: ${text.text}`).toBeGreaterThanOrEqual(12);
          expect(text.px, `${text.kind}: ${text.text}`).toBeLessThanOrEqual(Math.min(14, body));
        }
      });

      it('breaks no value in a table, and no word of a label', async () => {
        expect(await brokenTableText(page)).toEqual([]);
      });
    });

    it('has no serious or critical accessibility violation in the dark scheme (axe)', async () => {
      const { open, page } = await inDarkScheme();
      await open(url);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('reads the same with JavaScript off: all text and every chart', async () => {
      const on = await readingOf(360, pagePath);
      const { open, page } = await withoutScript();
      await open(url);
      const textOff = await readableText(page);
      expect(textOff.length).toBeGreaterThan(3);
      expect(textOff).toEqual(expect.arrayContaining(on.text));
      const chartsOff = await chartsIn(page);
      expect(chartsOff.map((chart) => chart.label)).toEqual(on.charts.map((chart) => chart.label));
      for (const chart of chartsOff) expect(chart.width * chart.height, chart.label).toBeGreaterThan(0);
    });
  });

  it('measures every kind of chart at 360 and 1280 px, each drawn for the width it is shown at', async () => {
    const seen = new Map<string, Set<number>>();
    for (const width of WIDTHS) {
      for (const [, pagePath] of site.readerPages) {
        const { chartTexts: texts, scales } = await readingOf(width, pagePath);
        for (const text of texts) {
          const sizes = seen.get(`${text.kind}@${width}`) ?? new Set<number>();
          sizes.add(text.px);
          seen.set(`${text.kind}@${width}`, sizes);
        }
        // Never the scaled drawing of old: on screen a layout is within a few per cent of its own size.
        for (const scale of scales) {
          expect(scale).toBeGreaterThan(0.95);
          expect(scale).toBeLessThan(1.07);
        }
      }
    }
    for (const kind of ['economics', 'progress', 'comparison', 'timeline']) {
      for (const width of WIDTHS) {
        const sizes = [...(seen.get(`${kind}@${width}`) ?? [])];
        expect(sizes.length, `${kind} at ${width} px`).toBeGreaterThan(0);
        expect(Math.min(...sizes), `${kind} at ${width} px`).toBeGreaterThanOrEqual(12);
        expect(Math.max(...sizes), `${kind} at ${width} px`).toBeLessThanOrEqual(14);
      }
    }
  });

  it('scrolls a wide table sideways in a labelled, focusable region, its first column kept in view', async () => {
    const { open, page } = await atWidth(360);
    await open(`${site.url}${site.readerPages.find(([label]) => label === 'project')![1]}`);
    const region = page.locator('section.table-scroll', { has: page.locator('table.milestones') });
    expect(await region.getAttribute('aria-label')).toBeTruthy();
    expect(await region.getAttribute('tabindex')).toBe('0');
    const widths = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    const firstCell = region.locator('tbody th').first();
    const before = (await firstCell.boundingBox())!.x;
    await region.focus();
    await page.keyboard.press('End');
    await region.evaluate((element) => element.scrollBy(1000, 0));
    expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect((await firstCell.boundingBox())!.x).toBeCloseTo(before, 0);
  });

  it('keeps /data/ compact on a phone', async () => {
    const { open, page } = await atWidth(360);
    await open(`${site.url}data/`);
    // About 31,500 px when every field was a card of its own.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(8000);
  });

  it('shows the 404 page styled and linked at any depth', async () => {
    const tab = await atWidth(360);
    const status = await tab.open(`${site.url}no/such/page/at/depth/`);
    expect(status).toBe(404);
    // The only error is the page's own 404 status; its stylesheet and icon load from the base.
    expect(tab.errors.filter((error) => !error.includes('/no/such/page/at/depth/') && !error.includes('status of 404'))).toEqual([]);
    expect(await tab.page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).toBe('solid');
    await tab.page.getByRole('link', { name: strings.notFound.home }).click();
    expect(tab.page.url()).toBe(site.url);
  });
});
