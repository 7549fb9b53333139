// A worker thread behind editionAndSearch.ts, one per edition. It takes each built Simplified page as Astro renders
// it (or serves it from the page cache): the Traditional worker writes the page's Traditional twin under zh-hant/,
// converting it only when no twin of these exact bytes is cached; then each worker indexes its edition for search
// in segments (src/lib/search/segments.ts), each segment as soon as all its pages have arrived, and only when the
// segment's pages differ from the cached index's; an unchanged segment's index files are copied from the cache.
// Finally the Traditional worker writes the edition's feeds and sitemap. Everything the workers reuse comes from the
// cache's verified files (src/lib/incremental/store.ts). The pure work is in src/lib/edition.ts and src/lib/search/.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { EDITION_FEEDS, TRADITIONAL_DIR, convertFeedToTraditional, convertPageToTraditional, traditionalSitemap, type ConvertOptions } from '../lib/edition.ts';
import { traditionalConverter } from '../lib/traditional.ts';
import { SEARCH_INDEX_DIR } from '../lib/hosting.ts';
import { pageForIndex } from '../lib/search/indexText.ts';
import { PRIMARY_SEGMENT, segmentDir, segmentKey } from '../lib/search/segments.ts';
import { VARIANTS_FILE } from '../lib/search/variants.ts';
import { variantsFile } from '../lib/search/variantsTable.ts';
import { BlobStore } from '../lib/incremental/store.ts';
import { sha256 } from '../lib/incremental/deps.ts';
import type { CachedSegment, CachedTwin, EditionWorkerData, FromWorker, ToWorker } from './editionMessages.ts';
import { testPoint } from '../lib/testPoints.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

const { edition, outDir, base, siteAndBase, region, names, strings, cacheDir, twins: cachedTwins, segments: cachedSegments } = workerData as EditionWorkerData;
// Building the converter reads OpenCC's phrase tables (a second or two of CPU): only the Traditional worker needs
// it, and every build that gets this far needs it (the feeds are converted each time). It is built as soon as the
// worker starts, while Astro lists its routes and the worker has nothing else to do, rather than when the first
// rendered page arrives and waits for it.
let options: ConvertOptions | undefined;
const convertOptions = (): ConvertOptions => (options ??= { base, siteAndBase, converter: traditionalConverter(region, names), strings });
if (edition === 'traditional') setImmediate(convertOptions);
const port = parentPort!;
const decoder = new TextDecoder();
const blobs = new BlobStore(path.join(cacheDir, 'blobs'));
/** The edition's own folder: the site for the Simplified edition, zh-hant/ for the Traditional one. */
const editionDir = edition === 'traditional' ? path.join(outDir, TRADITIONAL_DIR) : outDir;
const indexDir = path.join(editionDir, SEARCH_INDEX_DIR);

const madeFolders = new Set<string>();

async function writeFileMakingFolders(file: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  await writeFile(file, data);
}

/** A page of this edition, waiting for the rest of its segment. */
interface Page {
  /** Relative to the edition's folder. */
  file: string;
  hash: string;
  /** Its text when at hand (a page just converted or sent), else read from the cache by hash when needed. */
  html?: string | undefined;
}

interface Segment {
  expected: number;
  pages: Page[];
  done: boolean;
}

const segments = new Map<string, Segment>();
const nextTwins: Record<string, CachedTwin> = {};
const nextSegments: Record<string, CachedSegment> = {};
const summary = { converted: 0, twinsReused: 0, indexed: 0, segmentsBuilt: [] as string[], segmentsReused: [] as string[] };
const convertedPages: string[] = [];
/** Messages are taken one at a time, in order (a segment is complete once its pages' messages have been taken). */
let work = blobs.loadStamps();
/** Segments are indexed one at a time, beside the taking of further pages (Pagefind works in its own process). */
let indexing: Promise<void> = Promise.resolve();

function segment(name: string): Segment {
  let found = segments.get(name);
  if (!found) segments.set(name, (found = { expected: Number.POSITIVE_INFINITY, pages: [], done: false }));
  return found;
}

async function textOf(page: Page): Promise<string> {
  if (page.html !== undefined) return page.html;
  const bytes = await blobs.get(page.hash);
  // The page cache stored it moments ago; a cache emptied under a running build is the one way to get here.
  if (!bytes) throw new Error(`搜索索引：缓存的页面 ${page.file} 已从 ${blobs.dir} 消失；请重新构建`);
  return decoder.decode(bytes);
}

/** One segment's index: copied from the cache when its pages are the same, else built from them in path order. */
async function indexSegment(name: string): Promise<void> {
  const entry = segment(name);
  const pages = entry.pages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const key = segmentKey(name, pages);
  const target = path.join(indexDir, segmentDir(name));
  const cached = cachedSegments[name];
  if (cached?.key === key && (await restoreSegment(cached, target))) {
    nextSegments[name] = cached;
    summary.segmentsReused.push(name);
    summary.indexed += cached.pages;
    entry.pages = [];
    return;
  }
  const symbols = new Map<string, number>();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`搜索索引（Pagefind）：${errors.join('；')}`);
  let indexed = 0;
  const problems: string[] = [];
  for (const page of pages) {
    const html = await textOf(page);
    // Pagefind indexes only pages marked data-pagefind-body once any page is (BaseLayout marks the listed ones);
    // handing it the rest (embed pages, 404) would only cost time.
    if (!html.includes('data-pagefind-body')) continue;
    const { html: content, symbols: found } = pageForIndex(html);
    for (const symbol of found) symbols.set(symbol, (symbols.get(symbol) ?? 0) + 1);
    // Paths as the site serves them: the Traditional edition's pages are under zh-hant/.
    const added = await index.addHTMLFile({ sourcePath: edition === 'traditional' ? `${TRADITIONAL_DIR}/${page.file}` : page.file, content });
    if (added.errors.length) problems.push(`${page.file}：${added.errors.join('；')}`);
    indexed++;
  }
  if (problems.length) throw new Error(`搜索索引（Pagefind）：${problems.join('；')}`);
  // Each segment's files are its own: nothing left from another index under its folder.
  if (name !== PRIMARY_SEGMENT) await rm(target, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(`搜索索引（Pagefind）：${written.errors.join('；')}`);
  await index.deleteIndex();
  const files = await storeSegment(name, target);
  nextSegments[name] = { key, files, symbols: Object.fromEntries(symbols), pages: indexed };
  summary.segmentsBuilt.push(name);
  summary.indexed += indexed;
  entry.pages = [];
}

/** What only the primary index needs: the search script, its WebAssembly and UI files. A merged index is data. */
const PRIMARY_ONLY = /^(pagefind[\w-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

/** Stores a freshly written segment's files; in a merged segment, drops what only the primary needs. */
async function storeSegment(name: string, target: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    // The primary folder also holds the other segments' folders and the variants file: not this index's.
    if (name === PRIMARY_SEGMENT && (file.startsWith('s/') || file === VARIANTS_FILE)) continue;
    if (name !== PRIMARY_SEGMENT && PRIMARY_ONLY.test(file)) {
      await rm(path.join(target, file));
      continue;
    }
    files[file] = await blobs.put(await readFile(path.join(target, file)));
  }
  return files;
}

/** Puts a cached segment's files in place; false when one of them is missing or damaged (it is then rebuilt). */
async function restoreSegment(cached: CachedSegment, target: string): Promise<boolean> {
  const placed: string[] = [];
  for (const [file, hash] of Object.entries(cached.files)) {
    const destination = path.join(target, file);
    if (!(await blobs.place(hash, destination))) {
      // What was placed of it goes, so the rebuilt index is all there is of it.
      for (const done of placed) await rm(done, { force: true });
      return false;
    }
    placed.push(destination);
  }
  return true;
}

/** The Traditional twin of a Simplified page: the cached one for these exact bytes, else converted now. */
async function twinOf(file: string, hash: string, bytes: Uint8Array | undefined): Promise<Page> {
  const target = path.join(editionDir, file);
  // Far enough in that the worker is writing pages, whether it converts them or takes them from the cache.
  if (convertedPages.length === 10) await testPoint('converting');
  const cached = cachedTwins[file];
  if (cached?.source === hash) {
    if (await blobs.place(cached.twin, target)) {
      nextTwins[file] = cached;
      summary.twinsReused++;
      convertedPages.push(file);
      return { file, hash: cached.twin };
    }
  }
  const source = bytes ?? (await blobs.get(hash));
  if (!source) throw new Error(`繁体版：缓存的页面 ${file} 已从 ${blobs.dir} 消失；请重新构建`);
  const html = convertPageToTraditional(decoder.decode(source), convertOptions());
  const twin = new TextEncoder().encode(html);
  const twinHash = sha256(twin);
  await writeFileMakingFolders(target, twin);
  await blobs.put(twin, twinHash);
  nextTwins[file] = { source: hash, twin: twinHash };
  summary.converted++;
  convertedPages.push(file);
  return { file, hash: twinHash, html };
}

async function takePage(message: Extract<ToWorker, { type: 'page' }>): Promise<void> {
  const page = edition === 'traditional' ? await twinOf(message.file, message.hash, message.bytes) : { file: message.file, hash: message.hash, html: message.bytes ? decoder.decode(message.bytes) : undefined };
  const entry = segment(message.segment);
  if (entry.done) throw new Error(`搜索索引：${message.file} 在它的分段 ${message.segment} 写好之后才到达`);
  entry.pages.push(page);
  if (entry.pages.length >= entry.expected) {
    entry.done = true;
    indexing = indexing.then(() => indexSegment(message.segment));
    // A failure is reported at once; finish() awaits the same chain and reports it again, which the build ignores.
    indexing.catch(fail);
  }
}

/** The Traditional edition's feeds and sitemap. */
async function finishEdition(): Promise<void> {
  for (const feed of EDITION_FEEDS) {
    const simplified = await readFile(path.join(outDir, feed), 'utf8');
    await writeFileMakingFolders(path.join(editionDir, feed), convertFeedToTraditional(simplified, convertOptions()));
  }
  const listed = convertedPages
    .filter((file) => !file.startsWith('embed/') && file !== '404.html')
    .sort()
    .map((file) => ({ url: new URL(file.replace(/index\.html$/, ''), siteAndBase).href }));
  await writeFile(path.join(editionDir, 'sitemap.xml'), traditionalSitemap(listed, siteAndBase));
}

/** The segments not yet written, the variants file (with the list of segments to merge), and for zh-hant the rest. */
async function finish(): Promise<FromWorker> {
  await testPoint('indexing');
  try {
    await indexing;
    for (const [name, entry] of segments) {
      if (entry.done) continue;
      entry.done = true;
      await indexSegment(name);
    }
    if (!nextSegments[PRIMARY_SEGMENT]) await indexSegment(PRIMARY_SEGMENT);
  } finally {
    await pagefind.close();
  }
  const counts = new Map<string, number>();
  for (const cached of Object.values(nextSegments)) for (const [symbol, count] of Object.entries(cached.symbols)) counts.set(symbol, (counts.get(symbol) ?? 0) + count);
  const merged = Object.keys(nextSegments)
    .filter((name) => name !== PRIMARY_SEGMENT)
    .sort()
    .map(segmentDir);
  await writeFile(path.join(indexDir, VARIANTS_FILE), JSON.stringify({ ...variantsFile(counts), segments: merged }));
  if (edition === 'traditional') await finishEdition();
  return { type: 'finished', ...summary, twins: nextTwins, segments: nextSegments, stamps: Object.fromEntries(blobs.stamped) };
}

function fail(error: unknown): void {
  const code = (error as { code?: unknown } | undefined)?.code;
  port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined } satisfies FromWorker);
}

// One message at a time, in order: a segment is complete only once its pages' messages have all been taken.
port.on('message', (message: ToWorker) => {
  work = work.then(async () => {
    if (message.type === 'plan') {
      for (const [name, expected] of Object.entries(message.expected)) segment(name).expected = expected;
    } else if (message.type === 'page') {
      await takePage(message);
      // Only pages sent with their bytes count against the sender's queue.
      if (message.bytes) port.postMessage({ type: 'taken' } satisfies FromWorker);
    } else {
      port.postMessage(await finish());
    }
  }).catch(fail);
});
