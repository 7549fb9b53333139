// The Traditional-script edition and the search index, made while Astro builds rather than after it, and the
// page cache that lets a build render only what changed.
//
// A prerenderer around Astro's own serves each page from the page cache when nothing it was made from has changed
// (pageCache.ts), renders it otherwise, and hands it to two worker threads (editionWorker.ts): one indexes the
// Simplified page, the other writes its Traditional twin under zh-hant/ (from the cache when one of these exact
// bytes is there) and indexes that, each with its own Pagefind process and in segments that are kept between
// builds (src/lib/search/segments.ts). So converting and indexing run beside the main thread as it renders the next
// pages, and only for what changed. The same prerenderer orders pages by segment (so segments are finished while
// later ones render) and spreads the image routes among them, so sharp draws beside the rendering too. When Astro's
// build is done, the workers write the last segments and the edition's feeds and sitemap.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { imagesAmongPages } from '../lib/buildOrder.ts';
import { TRADITIONAL_DIR, builtPageFile } from '../lib/edition.ts';
import { datasetSchema } from '../lib/schema.ts';
import { datasetNames, readTraditionalRegion } from '../lib/traditional.ts';
import { resolveToday } from '../lib/today.ts';
import { codeFingerprint } from '../lib/incremental/code.ts';
import { Fingerprints, sha256, type ArticleSource } from '../lib/incremental/deps.ts';
import { BlobStore, cacheDirOf, readManifest, saveStamps, writeManifest } from '../lib/incremental/store.ts';
import { savePngIndex, setPngWarmUp } from './pngCache.ts';
import { enableTracking, runTracked, runUnrecorded } from '../lib/incremental/track.ts';
import { planSegments, segmentOf, type SegmentPlan } from '../lib/search/segments.ts';
import strings from '../i18n/zh-Hans.json' with { type: 'json' };
import { BUILD_SUMMARY, type BuildSummary, type CachedSegment, type CachedTwin, type EditionWorkerData, type FromWorker, type ToWorker, type WorkerSummary } from './editionMessages.ts';
import { buildAborted, registerBuildWorker, renderingAllowed } from './buildWorkers.ts';
import { PageCache, outputFileOf, pageKey } from './pageCache.ts';
import { testPoint } from '../lib/testPoints.ts';

/**
 * Rendered pages (which travel with their bytes) sent to a worker and not yet taken: beyond this, rendering waits,
 * so memory stays bounded. A page from the cache travels as its hash and never waits: the rendering of the pages
 * that changed goes on while the workers are busy indexing.
 */
const QUEUED_PAGES = 32;

type Finished = Extract<FromWorker, { type: 'finished' }>;

/** One worker, with back-pressure: `send` resolves once the worker has room. */
class EditionWorker {
  private readonly worker: Worker;
  private queued = 0;
  private waiting: Array<() => void> = [];
  private failure: Error | undefined;
  private finished: ((result: Finished) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;

  constructor(data: EditionWorkerData) {
    // A young generation of 16 MB: V8's default for this machine let each worker's heap grow far past what it uses.
    // Clean builds of 1,000 articles peaked about 160 MB lower (1,311 MB against 1,469 on average), no slower.
    this.worker = new Worker(new URL('./editionWorker.ts', import.meta.url), { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    registerBuildWorker(this.worker);
    // A build that fails halfway must still exit: only `finish` holds the process open for the worker.
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'taken') this.release();
      else if (message.type === 'finished') this.finished?.(message);
      // The system's error code (ENOSPC …) travels with the message, so the build can say what went wrong.
      else this.fail(Object.assign(new Error(message.message), message.code ? { code: message.code } : {}));
    });
    this.worker.on('error', (error) => this.fail(error));
  }

  private release(): void {
    this.queued--;
    this.waiting.shift()?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.failed?.(error);
    for (const wake of this.waiting.splice(0)) wake();
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  async send(message: Extract<ToWorker, { type: 'page' }>): Promise<void> {
    if (this.failure) throw this.failure;
    this.worker.postMessage(message);
    if (!message.bytes) return;
    this.queued++;
    while (this.queued > QUEUED_PAGES && !this.failure) await new Promise<void>((wake) => this.waiting.push(wake));
    if (this.failure) throw this.failure;
  }

  finish(): Promise<Finished> {
    if (this.failure) return Promise.reject(this.failure);
    this.worker.ref();
    return new Promise<Finished>((resolve, reject) => {
      this.finished = resolve;
      this.failed = reject;
      this.worker.postMessage({ type: 'finish' } satisfies ToWorker);
    }).finally(() => void this.worker.terminate());
  }
}

type PipelineData = Omit<EditionWorkerData, 'edition' | 'segments'> & { segments: Record<EditionWorkerData['edition'], Record<string, CachedSegment>> };

/** Both editions' workers, fed the same pages. */
class EditionPipeline {
  private readonly workers: EditionWorker[];
  readonly sent = new Set<string>();
  private plan: SegmentPlan = { segments: 0, projectOf: new Map() };

  constructor(data: PipelineData) {
    this.workers = (['simplified', 'traditional'] as const).map((edition) => new EditionWorker({ ...data, edition, segments: data.segments[edition] }));
  }

  /** The pages to come, so each segment is indexed as soon as its last page has arrived. */
  expect(files: readonly string[], projectOf: ReadonlyMap<string, string>): void {
    // JINDU_SEGMENT_PAGES: smaller segments, for tests that need several from small content.
    const size = Number(process.env.JINDU_SEGMENT_PAGES);
    this.plan = planSegments(files, projectOf, Number.isInteger(size) && size > 0 ? size : undefined);
    const expected: Record<string, number> = {};
    for (const file of files) {
      const segment = segmentOf(file, this.plan);
      expected[segment] = (expected[segment] ?? 0) + 1;
    }
    for (const worker of this.workers) worker.post({ type: 'plan', expected });
  }

  segmentOf(file: string): string {
    return segmentOf(file, this.plan);
  }

  /** A page, by the hash the page cache keeps its bytes under, or with its bytes when the cache does not have them. */
  async send(file: string, hash: string, bytes: Uint8Array | undefined): Promise<void> {
    this.sent.add(file);
    const message = { type: 'page', file, hash, segment: this.segmentOf(file), bytes } as const;
    await Promise.all(this.workers.map((worker) => worker.send(message)));
  }

  async finish(): Promise<{ simplified: Finished; traditional: Finished }> {
    const [simplified, traditional] = await Promise.all(this.workers.map((worker) => worker.finish()));
    return { simplified: simplified!, traditional: traditional! };
  }
}

const isImageRoute = ({ pathname }: { pathname: string }) => pathname.endsWith('.png');

/** The dataset's names, which the Traditional edition converts character by character; none when it cannot be read. */
function namesIn(datasetText: string): string[] {
  try {
    const parsed = datasetSchema.safeParse(JSON.parse(datasetText));
    return parsed.success ? datasetNames(parsed.data) : [];
  } catch {
    // The build checks the dataset before Astro starts; a dev server with a broken dataset shows that error instead.
    return [];
  }
}

/** The content as files: the dataset's text and every article's, for the names and the page cache's fingerprints. */
async function readContent(root: string): Promise<{ datasetText: string; articles: ArticleSource[] }> {
  const datasetText = await readFile(path.join(root, 'content/data/projects.json'), 'utf8').catch(() => '');
  const folder = path.join(root, 'content/articles');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /\.mdx?$/i.test(name)).sort();
  const articles = await Promise.all(names.map(async (name) => ({ id: name.replace(/\.mdx?$/i, ''), text: await readFile(path.join(folder, name), 'utf8') })));
  return { datasetText, articles };
}

const MANIFESTS = { twins: 'twins.json', simplified: 'search-simplified.json', traditional: 'search-traditional.json' } as const;

/**
 * Where a listed path's page will be under the output folder (articles/x/index.html); undefined for a file of
 * another kind (.png, .xml …). Only its search segment matters: the 404 page, written as 404.html, counts in `site`.
 */
function pageFileOf(pathname: string, base: string): string | undefined {
  const key = pageKey(pathname, base);
  if (/\.[a-z0-9]+$/i.test(key.split('/').pop() ?? '')) return undefined;
  return key === '/' ? 'index.html' : `${key.slice(1)}/index.html`;
}

export function editionAndSearch(): AstroIntegration {
  let config = { outDir: '', base: '/', siteAndBase: '', region: 'tw' as EditionWorkerData['region'], format: 'directory' as string };
  let pipeline: EditionPipeline | undefined;
  let rendered = 0;
  let root = '';
  let cacheDir = '';
  let salt = '';
  let editionSalt = '';
  let cache: PageCache | undefined;
  let fingerprints: Fingerprints | undefined;
  /** The copying of pages served from the cache into the site. */
  let restoring: Promise<void> = Promise.resolve();
  let restoreFailure: unknown;

  return {
    name: 'jindu:edition-and-search',
    hooks: {
      'astro:config:done': async ({ config: astroConfig }) => {
        const base = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
        const region = readTraditionalRegion(process.env);
        if ('error' in region) throw new Error(region.error);
        root = fileURLToPath(astroConfig.root);
        cacheDir = cacheDirOf(root);
        const siteAndBase = new URL(base, astroConfig.site).href;
        config = { outDir: fileURLToPath(astroConfig.outDir), base, siteAndBase, region: region.region, format: astroConfig.build.format };
        salt = await codeFingerprint(root, { siteAndBase });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // From here on the data modules hand pages tracked views, and record what each page reads.
        enableTracking();
        setPrerenderer((standard) => ({
          ...standard,
          name: 'jindu:edition-and-search',
          setup: async () => {
            // Content with errors is never rendered: the build stops here and prints the check's lines instead.
            if (!(await renderingAllowed())) throw new Error('内容有错误，构建已停止');
            await standard.setup?.();
            const content = await readContent(root);
            const today = resolveToday(process.env);
            cache = await PageCache.open(cacheDir, salt, config.base, process.env.JINDU_CACHE_VERIFY === '1');
            // Images are drawn ahead only in a build that will render every page.
            setPngWarmUp(!cache.warm);
            fingerprints = new Fingerprints(content.datasetText, content.articles, today.ok ? today.date : '');
            cache.setFingerprints(fingerprints);
            const names = namesIn(content.datasetText);
            // A twin depends on its page's bytes and on the conversion: the region and the names kept whole.
            editionSalt = sha256(`${salt}\n${config.region}\n${JSON.stringify(names)}`);
            const [twins, simplified, traditional] = await Promise.all([
              readManifest<Record<string, CachedTwin>>(path.join(cacheDir, MANIFESTS.twins), editionSalt),
              readManifest<Record<string, CachedSegment>>(path.join(cacheDir, MANIFESTS.simplified), salt),
              readManifest<Record<string, CachedSegment>>(path.join(cacheDir, MANIFESTS.traditional), salt),
            ]);
            pipeline = new EditionPipeline({ outDir: config.outDir, base: config.base, siteAndBase: config.siteAndBase, region: config.region, names, strings: strings.edition, cacheDir, twins: twins ?? {}, segments: { simplified: simplified ?? {}, traditional: traditional ?? {} } });
          },
          // Listing paths reads the data without recording it: what a page's props hold is its route's cacheKey.
          getStaticPaths: async () => {
            const paths = await runUnrecorded(() => standard.getStaticPaths());
            cache?.setPaths(paths);
            const files = paths.flatMap(({ pathname }) => pageFileOf(pathname, config.base) ?? []);
            pipeline?.expect(files, fingerprints?.firstProjects() ?? new Map());
            // Pages in segment order, so each search segment is complete early; images spread among them.
            const segmentOfPath = new Map(paths.map((entry) => [entry, pipeline?.segmentOf(pageFileOf(entry.pathname, config.base) ?? '') ?? '']));
            const ordered = [...paths].sort((a, b) => (segmentOfPath.get(a)! < segmentOfPath.get(b)! ? -1 : segmentOfPath.get(a)! > segmentOfPath.get(b)! ? 1 : 0));
            if (cache && config.format === 'directory') {
              // Which pages come from the cache is settled now, so their files are copied into the site beside the
              // rendering of the others, and Astro's pass over them costs next to nothing.
              const served = await cache.choose(ordered, (pathname, route) => {
                const relative = outputFileOf(pathname, config.base, route.type);
                return relative && path.join(config.outDir, relative);
              });
              restoring = cache.restore(served, buildAborted);
              // A failure stops the next page rendered, and the end of the build reports it.
              restoring.catch((error: unknown) => (restoreFailure ??= error));
            }
            return imagesAmongPages(ordered, isImageRoute);
          },
          render: async (request, options) => {
            // After a failure Astro still renders every queued page; they would only be written to be deleted.
            if (buildAborted()) throw new Error('build aborted');
            if (restoreFailure) throw restoreFailure;
            // A page served from the cache is being copied into the site (getStaticPaths): Astro gets an empty body,
            // which it leaves alone, and the workers read the page from the cache.
            const served = cache?.servedAt(request.url);
            // In verify mode every page is rendered, and one the cache would have served is compared with it.
            const cached = cache?.verifying ? cache.lookup(request.url) : undefined;
            let response: Response | undefined;
            let hash: string | undefined;
            let bytes: Uint8Array | undefined;
            if (served) {
              response = new Response(null, { status: served.entry.status, headers: { 'Content-Type': served.entry.type } });
              hash = served.entry.body;
            } else {
              const made = await runTracked(async () => {
                const result = await standard.render(request, options);
                const page = result instanceof Response ? result : result.response;
                // The body is read in the frame: Astro renders a page as its body is read.
                return { page, bytes: page.body ? new Uint8Array(await page.arrayBuffer()) : undefined };
              });
              const { page } = made.value;
              bytes = made.value.bytes;
              if (cached && bytes) {
                const before = await cache!.bytesOf(cached);
                if (before && !before.equals(bytes)) throw new Error(`页面缓存：${new URL(request.url).pathname} 取自缓存的页面与重新渲染的不同（JINDU_CACHE_VERIFY）；它读取了 ${[...made.deps].join('、')}`);
              }
              const type = page.headers.get('content-type') ?? '';
              if (bytes) hash = await cache?.save(request.url, made.deps, bytes, page.status, type);
              response = new Response(bytes ? (bytes as Uint8Array<ArrayBuffer>) : null, { status: page.status, statusText: page.statusText, headers: page.headers });
            }
            if (!pipeline || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
            const file = builtPageFile(new URL(request.url).pathname, config.base);
            if (!file || !bytes && !hash) return response;
            // The workers read a cached page from the cache; a page the cache does not keep travels with its bytes.
            await pipeline.send(file, hash ?? sha256(bytes!), bytes);
            // Far enough in that pages are written and both workers are busy with them.
            if (++rendered === 20) await testPoint('rendering');
            return response;
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pipeline) return;
        await restoring;
        const outDir = fileURLToPath(dir);
        // Pages Astro did not render (the 404 page, an HTML file in public/) are converted and indexed all the same.
        const written = (await readdir(outDir, { recursive: true }))
          .map((file) => file.split(path.sep).join('/'))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`${TRADITIONAL_DIR}/`) && !pipeline!.sent.has(file));
        for (const file of written) {
          const bytes = await readFile(path.join(outDir, file));
          await pipeline.send(file, sha256(bytes), bytes);
        }
        const started = performance.now();
        const { simplified, traditional } = await pipeline.finish();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `繁体版：转换 ${traditional.converted} 页，沿用 ${traditional.twinsReused} 页；搜索：索引 ${simplified.segmentsBuilt.length + traditional.segmentsBuilt.length} 段，沿用 ${simplified.segmentsReused.length + traditional.segmentsReused.length} 段；最后一页生成后 ${seconds} 秒完成`,
        );
        await Promise.all([
          writeManifest(path.join(cacheDir, MANIFESTS.twins), editionSalt, traditional.twins),
          writeManifest(path.join(cacheDir, MANIFESTS.simplified), salt, simplified.segments),
          writeManifest(path.join(cacheDir, MANIFESTS.traditional), salt, traditional.segments),
        ]);
        if (cache) {
          await cache.finish();
          const pages = cache.usedBlobs();
          const images = await savePngIndex(pages);
          // What no manifest refers to any more goes: older versions of pages, twins, indexes and images.
          const kept = new Set([...pages, ...images.kept]);
          for (const entry of Object.values(traditional.twins)) kept.add(entry.twin);
          for (const segments of [simplified.segments, traditional.segments]) for (const entry of Object.values(segments)) for (const hash of Object.values(entry.files)) kept.add(hash);
          const blobsDir = path.join(cacheDir, 'blobs');
          const pruned = await new BlobStore(blobsDir).prune(kept);
          await saveStamps(blobsDir, kept, [cache.store.stamped, simplified.stamps, traditional.stamps]);
          const worker = ({ converted, twinsReused, indexed, segmentsBuilt, segmentsReused }: WorkerSummary) => ({ converted, twinsReused, indexed, segmentsBuilt: segmentsBuilt.sort(), segmentsReused: segmentsReused.sort() });
          const summary: BuildSummary = { pages: { rendered: cache.rendered.sort(), restored: cache.restored.sort() }, simplified: worker(simplified), traditional: worker(traditional), images: { drawn: images.drawn }, pruned };
          await writeFile(path.join(cacheDir, BUILD_SUMMARY), JSON.stringify(summary));
          logger.info(`生成 ${cache.rendered.length} 页，另有 ${cache.restored.length} 页未改动、取自缓存；绘制 ${images.drawn} 张图片`);
        }
      },
    },
  };
}
