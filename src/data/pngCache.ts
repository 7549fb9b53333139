// PNG images drawn from SVG at build time (social cards, chart downloads), cached by the SVG's hash: a rebuild
// draws only what changed, and a clean build draws each image once. JINDU_CACHE_DIR moves the cache (npm run
// bench starts every build from an empty one).
//
// Drawing the images is the longest single stream of work in a clean build, so it starts early: the build script
// hands over every social card as soon as the content is checked (warmPngCache), and they are drawn beside
// Astro's bundling; a route that asks for an image before it is drawn moves it to the front of the queue.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

const CACHE_ROOT = process.env.JINDU_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'jindu');

// One thread per image, one image per core: many images share the cores better than one image split across
// threads, and more at once would take every thread of libuv's pool, which the build's file writes wait on.
sharp.concurrency(1);
const DRAWING_AT_ONCE = Math.max(1, availableParallelism());

interface Job {
  svg: string;
  density: number;
  cached: string;
  started: boolean;
  /** Settles when the image is in the cache. */
  done: Promise<void>;
  start: () => void;
}

/**
 * The queue is shared by every copy of this module in the process: the build script's, and the one Vite bundles
 * into Astro's prerendering code. So an image the script queued is drawn once, whichever asks for it first.
 */
interface Queue {
  jobs: Map<string, Job>;
  urgent: Job[];
  background: Job[];
  drawing: number;
  partialFiles: number;
}
const QUEUE_KEY = Symbol.for('jindu.pngCache.queue');
const queue: Queue = ((globalThis as Record<symbol, unknown>)[QUEUE_KEY] ??= { jobs: new Map(), urgent: [], background: [], drawing: 0, partialFiles: 0 }) as Queue;

function cacheFile(kind: string, svg: string, density: number): string {
  const key = createHash('sha256').update(`${density}\n${svg}`).digest('hex').slice(0, 32);
  return path.join(CACHE_ROOT, kind, `${key}.png`);
}

async function draw(job: Job): Promise<void> {
  // zlib level 3 instead of 6: a fifth less time per image for files 5–10% larger (npm run bench draws thousands).
  const png = await sharp(Buffer.from(job.svg), { density: job.density }).png({ compressionLevel: 3 }).toBuffer();
  await mkdir(path.dirname(job.cached), { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves half an image in the cache.
  const partial = `${job.cached}.${process.pid}-${++queue.partialFiles}.tmp`;
  await writeFile(partial, png);
  await rename(partial, job.cached);
}

function drawNext(): void {
  while (queue.drawing < DRAWING_AT_ONCE) {
    const job = queue.urgent.shift() ?? queue.background.shift();
    if (!job) return;
    if (job.started) continue;
    job.started = true;
    queue.drawing++;
    job.start();
  }
}

function enqueue(kind: string, svg: string, density: number, urgent: boolean): Job {
  const cached = cacheFile(kind, svg, density);
  let job = queue.jobs.get(cached);
  if (!job) {
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    const created: Job = { svg, density, cached, started: false, start, done: Promise.resolve() };
    created.done = started
      .then(() => access(cached).catch(() => draw(created)))
      .finally(() => {
        queue.drawing--;
        queue.jobs.delete(cached);
        drawNext();
      });
    // A failure is reported to whoever asks for the image; the queue itself goes on.
    created.done.catch(() => undefined);
    queue.jobs.set(cached, (job = created));
    (urgent ? queue.urgent : queue.background).push(job);
  } else if (urgent && !job.started) queue.urgent.push(job);
  drawNext();
  return job;
}

/** Queues images to be drawn into the cache in the background, behind any image a route is waiting for. */
export function warmPngCache(kind: string, svgs: Iterable<string>, density = 72): void {
  for (const svg of svgs) enqueue(kind, svg, density, false);
}

/** The PNG of `svg` (at `density` dpi; 72 is the SVG's own size), from the cache in `kind`/ when drawn before. */
export async function cachedPng(kind: string, svg: string, density = 72): Promise<Buffer<ArrayBuffer>> {
  const cached = cacheFile(kind, svg, density);
  if (!queue.jobs.has(cached)) {
    try {
      return (await readFile(cached)) as Buffer<ArrayBuffer>;
    } catch {
      // Not drawn yet.
    }
  }
  await enqueue(kind, svg, density, true).done;
  return (await readFile(cached)) as Buffer<ArrayBuffer>;
}
