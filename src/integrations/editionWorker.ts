// A worker thread behind editionAndSearch.ts. It takes each built Simplified page as Astro renders it and indexes it
// for search: the Simplified worker as it is, the Traditional worker after writing the page's Traditional twin
// under zh-hant/ (and, at the end, the edition's feeds and sitemap). Each worker has its own Pagefind process and
// index, so the two editions are converted, indexed and written beside each other and beside Astro's rendering.
// The pure work is in src/lib/edition.ts and src/lib/search/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { EDITION_FEEDS, TRADITIONAL_DIR, convertFeedToTraditional, convertPageToTraditional, traditionalSitemap, type ConvertOptions } from '../lib/edition.ts';
import { traditionalConverter } from '../lib/traditional.ts';
import { SEARCH_INDEX_DIR } from '../lib/hosting.ts';
import { pageForIndex } from '../lib/search/indexText.ts';
import { VARIANTS_FILE } from '../lib/search/variants.ts';
import { variantsFile } from '../lib/search/variantsTable.ts';
import type { EditionWorkerData, FromWorker, ToWorker } from './editionMessages.ts';
import { testPoint } from '../lib/testPoints.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Pages handed to Pagefind and not yet indexed: enough to keep it busy, few enough to stay small in memory. */
const IN_FLIGHT = 16;

const { edition, outDir, base, siteAndBase, region, names, strings } = workerData as EditionWorkerData;
// Building the converter reads OpenCC's phrase tables (a second or two): only the Traditional worker needs it.
const options: ConvertOptions | undefined = edition === 'traditional' ? { base, siteAndBase, converter: traditionalConverter(region, names), strings } : undefined;
const port = parentPort!;
const decoder = new TextDecoder();

/** One Pagefind index, fed a bounded number of pages at a time. */
class SearchIndex {
  private readonly index: Promise<PagefindIndex>;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  /** How many pages hold each symbol, for the variants file the search page reads (src/lib/search/variants.ts). */
  private readonly symbolPages = new Map<string, number>();
  pages = 0;

  constructor() {
    // The pages come already cut into one word per symbol (src/lib/search/indexText.ts), so Pagefind must not cut
    // them again: an index of undetermined language gets no word segmenter (for zh, jieba: a third of the indexing
    // time) and no stemmer. Each edition's bundle holds this one index.
    this.index = pagefind.createIndex({ forceLanguage: 'und' }).then(({ index, errors }) => {
      if (!index) throw new Error(`search index: ${errors.join('; ')}`);
      return index;
    });
  }

  /** Hands a page over; resolves when the index can take another. */
  async add(file: string, html: string): Promise<void> {
    // Pagefind indexes only pages marked data-pagefind-body once any page is (BaseLayout marks the listed ones);
    // handing it the rest (embed pages, 404) would only cost time.
    if (!html.includes('data-pagefind-body')) return;
    this.pages++;
    const { html: content, symbols } = pageForIndex(html);
    for (const symbol of symbols) this.symbolPages.set(symbol, (this.symbolPages.get(symbol) ?? 0) + 1);
    const added: Promise<void> = this.index
      .then((index) => index.addHTMLFile({ sourcePath: file, content }))
      .then((result) => {
        if (result.errors.length) this.errors.push(`${file}: ${result.errors.join('; ')}`);
      })
      .finally(() => this.inFlight.delete(added));
    this.inFlight.add(added);
    while (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
  }

  async write(outputPath: string): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.errors.length) throw new Error(`search index: ${this.errors.join('; ')}`);
    const written = await (await this.index).writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    await writeFile(path.join(outputPath, VARIANTS_FILE), JSON.stringify(variantsFile(this.symbolPages)));
  }
}

const index = new SearchIndex();
const convertedPages: string[] = [];
const madeFolders = new Set<string>();

async function writeFileMakingFolders(file: string, text: string): Promise<void> {
  const folder = path.dirname(file);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  await writeFile(file, text);
}

async function takePage(file: string, html: string): Promise<void> {
  if (!options) return index.add(file, html);
  if (convertedPages.length === 10) await testPoint('converting');
  const traditional = convertPageToTraditional(html, options);
  convertedPages.push(file);
  await writeFileMakingFolders(path.join(outDir, TRADITIONAL_DIR, file), traditional);
  await index.add(`${TRADITIONAL_DIR}/${file}`, traditional);
}

/** The Traditional edition's feeds and sitemap. */
async function finishEdition(options: ConvertOptions): Promise<void> {
  for (const feed of EDITION_FEEDS) {
    const simplified = await readFile(path.join(outDir, feed), 'utf8');
    await writeFileMakingFolders(path.join(outDir, TRADITIONAL_DIR, feed), convertFeedToTraditional(simplified, options));
  }
  const listed = convertedPages
    .filter((file) => !file.startsWith('embed/') && file !== '404.html')
    .sort()
    .map((file) => ({ url: new URL(file.replace(/index\.html$/, ''), siteAndBase).href }));
  await writeFile(path.join(outDir, TRADITIONAL_DIR, 'sitemap.xml'), traditionalSitemap(listed, siteAndBase));
}

/** Then the index, beside its edition. */
async function finish(): Promise<FromWorker> {
  await testPoint('indexing');
  if (options) await finishEdition(options);
  try {
    await index.write(path.join(outDir, ...(edition === 'traditional' ? [TRADITIONAL_DIR] : []), SEARCH_INDEX_DIR));
  } finally {
    await pagefind.close();
  }
  return { type: 'finished', converted: convertedPages.length, indexed: index.pages };
}

function fail(error: unknown): void {
  const code = (error as { code?: unknown } | undefined)?.code;
  port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined } satisfies FromWorker);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'page') {
    takePage(message.file, decoder.decode(message.bytes)).then(() => port.postMessage({ type: 'taken' } satisfies FromWorker), fail);
  } else {
    finish().then((finished) => port.postMessage(finished), fail);
  }
});
