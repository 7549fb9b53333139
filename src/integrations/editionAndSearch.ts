// The Traditional-script edition and the search index, made while Astro builds rather than after it.
//
// A prerenderer around Astro's own hands each page it renders to two worker threads (editionWorker.ts): one indexes
// the Simplified page, the other writes its Traditional twin under zh-hant/ and indexes that, each with its own
// Pagefind process. So converting and indexing run beside the main thread as it renders the next pages, instead of
// after the last one. The same prerenderer spreads the image routes among the pages, so sharp draws beside the
// rendering too. When Astro's build is done, the workers write the edition's feeds and sitemap and both indexes.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { imagesAmongPages } from '../lib/buildOrder.ts';
import { TRADITIONAL_DIR, builtPageFile } from '../lib/edition.ts';
import { datasetSchema } from '../lib/schema.ts';
import { datasetNames, readTraditionalRegion } from '../lib/traditional.ts';
import strings from '../i18n/zh-Hans.json' with { type: 'json' };
import type { EditionWorkerData, FromWorker, ToWorker } from './editionMessages.ts';
import { buildAborted, registerBuildWorker } from './buildWorkers.ts';
import { testPoint } from '../lib/testPoints.ts';

/** Pages sent to a worker and not yet taken: beyond this, rendering waits, so memory stays bounded. */
const QUEUED_PAGES = 32;

interface Finished {
  converted: number;
  indexed: number;
}

/** One worker, with back-pressure: `send` resolves once the worker has room. */
class EditionWorker {
  private readonly worker: Worker;
  private queued = 0;
  private waiting: Array<() => void> = [];
  private failure: Error | undefined;
  private finished: ((result: Finished) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;

  constructor(data: EditionWorkerData) {
    this.worker = new Worker(new URL('./editionWorker.ts', import.meta.url), { workerData: data });
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

  async send(file: string, bytes: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    this.queued++;
    this.worker.postMessage({ type: 'page', file, bytes } satisfies ToWorker);
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

/** Both editions' workers, fed the same pages. */
class EditionPipeline {
  private readonly workers: EditionWorker[];
  readonly sent = new Set<string>();

  constructor(data: Omit<EditionWorkerData, 'edition'>) {
    this.workers = (['simplified', 'traditional'] as const).map((edition) => new EditionWorker({ ...data, edition }));
  }

  async send(file: string, bytes: Uint8Array): Promise<void> {
    this.sent.add(file);
    await Promise.all(this.workers.map((worker) => worker.send(file, bytes)));
  }

  async finish(): Promise<Finished> {
    const results = await Promise.all(this.workers.map((worker) => worker.finish()));
    return results.reduce((sum, result) => ({ converted: sum.converted + result.converted, indexed: sum.indexed + result.indexed }));
  }
}

const isImageRoute = ({ pathname }: { pathname: string }) => pathname.endsWith('.png');

/** The dataset's names, which the Traditional edition converts character by character; none when it cannot be read. */
async function namesIn(root: URL): Promise<string[]> {
  try {
    const parsed = datasetSchema.safeParse(JSON.parse(await readFile(new URL('content/data/projects.json', root), 'utf8')));
    return parsed.success ? datasetNames(parsed.data) : [];
  } catch {
    // The build checks the dataset before Astro starts; a dev server with a broken dataset shows that error instead.
    return [];
  }
}

export function editionAndSearch(): AstroIntegration {
  let data: Omit<EditionWorkerData, 'edition'> = { outDir: '', base: '/', siteAndBase: '', region: 'tw', names: [], strings: strings.edition };
  let pipeline: EditionPipeline | undefined;
  let rendered = 0;

  return {
    name: 'jindu:edition-and-search',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const region = readTraditionalRegion(process.env);
        if ('error' in region) throw new Error(region.error);
        data = { outDir: fileURLToPath(config.outDir), base, siteAndBase: new URL(base, config.site).href, region: region.region, names: await namesIn(config.root), strings: strings.edition };
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard) => ({
          ...standard,
          name: 'jindu:edition-and-search',
          setup: async () => {
            await standard.setup?.();
            pipeline = new EditionPipeline(data);
          },
          getStaticPaths: async () => imagesAmongPages(await standard.getStaticPaths(), isImageRoute),
          render: async (request, options) => {
            // After a failure Astro still renders every queued page; they would only be written to be deleted.
            if (buildAborted()) throw new Error('build aborted');
            const result = await standard.render(request, options);
            const response = result instanceof Response ? result : result.response;
            if (!pipeline || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return result;
            const file = builtPageFile(new URL(request.url).pathname, data.base);
            if (!file) return result;
            const bytes = new Uint8Array(await response.arrayBuffer());
            await pipeline.send(file, bytes);
            // Far enough in that pages are written and both workers are busy with them.
            if (++rendered === 20) await testPoint('rendering');
            const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pipeline) return;
        const outDir = fileURLToPath(dir);
        // Pages Astro did not render (an HTML file in public/) are converted and indexed all the same.
        const written = (await readdir(outDir, { recursive: true }))
          .map((file) => file.split(path.sep).join('/'))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`${TRADITIONAL_DIR}/`) && !pipeline!.sent.has(file));
        for (const file of written) await pipeline.send(file, await readFile(path.join(outDir, file)));
        const started = performance.now();
        const { converted, indexed } = await pipeline.finish();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`wrote the Traditional-script edition (${converted} pages under ${TRADITIONAL_DIR}/) and indexed ${indexed} pages for search; finished in ${seconds} s after the last page`);
      },
    },
  };
}
