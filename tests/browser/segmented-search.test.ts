// Search on a site whose index comes in segments (above 512 article and project pages; here segments of four pages, so
// the 40 articles of the corpus make several): typed into each edition's search page in Chromium, every article is
// found by its headline, and a project's name finds its pages in several segments, which only the merge of the
// segments' indexes in the browser can do.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toTraditional } from '../../src/lib/clean/script.ts';
import { planSegments, segmentOf } from '../../src/lib/search/segments.ts';
import { Fingerprints } from '../../src/lib/incremental/deps.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/serve.ts';
import { parseHtml } from '../helpers/html.ts';
import { listFiles } from '../helpers/project.ts';
import { CORPUS, sharedBuild } from '../helpers/sharedBuilds.ts';
import { openSearch, searchAll } from './searchPage.ts';

const chromiumEndpoint = inject('chromium');

let dist: string;
/** Where the corpus was written and built. */
let corpusProject: string;
let served: ServedSite;
let browser: Browser;
let page: Page;
const errors: string[] = [];

/** Types `query` into an edition's search page and returns every result's address. */
async function search(edition: string, query: string): Promise<string[]> {
  await openSearch(page, served.url, '/', edition);
  return (await searchAll(page, '/', [query]))[0]!;
}

/** The headline of each article page of an edition, by its address ('articles/x/'). */
async function headlines(edition: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const slug of await readdir(path.join(dist, edition, 'articles'))) {
    const file = path.join(dist, edition, 'articles', slug, 'index.html');
    const html = await readFile(file, 'utf8').catch(() => undefined);
    const title = html && parseHtml(html).querySelector('h1')?.textContent?.trim();
    if (title) found.set(`${edition}articles/${slug}/`, title);
  }
  return found;
}

describe.skipIf(!chromiumEndpoint)('search over an index in segments', () => {
  beforeAll(async () => {
    // The corpus built once per run for the files that read it (at the root, segments of CORPUS.segmentPages pages);
    // only read here.
    const corpus = await sharedBuild('corpus');
    expect(corpus.code, corpus.stderr).toBe(0);
    [dist, corpusProject] = [corpus.out, corpus.project];
    served = await serveSite(dist, '/');
    browser = await chromium.connect(chromiumEndpoint!);
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('builds several segments in each edition', async () => {
    for (const edition of ['', 'zh-hant/']) {
      const segments = await readdir(path.join(dist, edition, 'pagefind', 's'));
      expect(segments.length, edition).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds every article by its headline, in either edition', { timeout: 300_000 }, async () => {
    for (const edition of ['', 'zh-hant/']) {
      const titles = await headlines(edition);
      expect(titles.size).toBe(CORPUS.articles);
      for (const [address, title] of titles) {
        const query = edition ? toTraditional(title) : title;
        expect(await search(edition, query), `${edition}search: ${query}`).toContain(address);
      }
    }
  });

  it("finds a project's pages across segments by the project's name", async () => {
    const files = await listFiles(dist);
    const articles = path.join(corpusProject, 'content', 'articles');
    const sources = await Promise.all((await readdir(articles)).map(async (name) => ({ id: name.replace(/\.mdx?$/, ''), text: await readFile(path.join(articles, name), 'utf8') })));
    const plan = planSegments(files, new Fingerprints('{}', sources, '').firstProjects(), Number(CORPUS.segmentPages));
    const projectPage = files.find((file) => /^projects\/[^/]+\/index\.html$/.test(file) && !/^projects\/(parks|sectors|stages)\//.test(file))!;
    const name = parseHtml(await readFile(path.join(dist, projectPage), 'utf8')).querySelector('h1')!.textContent!.trim();
    const results = await search('', name);
    expect(results).toContain(projectPage.replace(/index\.html$/, ''));
    const segments = new Set(results.map((address) => segmentOf(`${address}index.html`, plan)));
    expect(segments.size).toBeGreaterThanOrEqual(2);
    // The Traditional edition holds the same pages, and a project's name reads the same in its tables and lists
    // (a name cut into words by <wbr> is converted whole): the name in either script finds their twins.
    const twins = results.map((address) => `zh-hant/${address}`).sort();
    expect((await search('zh-hant/', name)).sort()).toEqual(twins);
    expect((await search('zh-hant/', toTraditional(name))).sort()).toEqual(twins);
  });

  it('ran without console errors', () => {
    expect(errors).toEqual([]);
  });
});
