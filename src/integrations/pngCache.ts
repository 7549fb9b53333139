// PNG images drawn from SVG at build time (social cards, chart downloads), kept between builds in the build cache
// (node_modules/.astro/jindu/, src/lib/incremental/store.ts): each drawing by the hash of its bytes, and an index
// from the SVG it was drawn from to it. A rebuild draws only images whose SVG changed, and a clean build draws each
// image once; a missing or damaged file is drawn again. JINDU_CACHE_DIR moves the cache (npm run bench starts every
// build from an empty one).
//
// Drawing the images is the longest single stream of work in a clean build, so there it starts early: the build
// script hands over every social card as soon as the content is checked (warmPngCache), and they are drawn beside
// Astro's bundling; a route that asks for an image before it is drawn moves it to the front of the queue. A build
// that serves most pages from the page cache does not warm anything up: it draws only what its routes ask for.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { BlobStore, cacheDirOf, readManifest, writeManifest } from '../lib/incremental/store.ts';
import { processWide } from '../lib/processWide.ts';

// One thread per image, one image per core: many images share the cores better than one image split across
// threads, and more at once would take every thread of libuv's pool, which the build's file writes wait on.
sharp.concurrency(1);
// Every image is drawn once, from its own SVG: libvips' cache of recent operations (50 MB by default) never serves
// one again and only holds memory. Without it a clean build of 1,000 articles peaked about 85 MB lower.
sharp.cache(false);
const DRAWING_AT_ONCE = Math.max(1, availableParallelism());
const INDEX_FILE = 'png.json';
// A drawing depends on the SVG and on what draws it: librsvg, its libraries, and the fonts it finds.
const DRAWN_WITH = JSON.stringify(sharp.versions);

interface Job {
  svg: string;
  density: number;
  key: string;
  started: boolean;
  /** Settles with the image's hash when it is in the cache. */
  done: Promise<string>;
  start: () => void;
}

/**
 * The queue is process-wide (src/lib/processWide.ts), one for every copy of this module: the build script's, the
 * integration's (src/integrations/editionAndSearch.ts) and the one Vite bundles into Astro's prerendering code. So
 * an image the script queued is drawn once, whichever asks for it first, and the integration saves its index.
 */
interface Queue {
  jobs: Map<string, Job>;
  urgent: Job[];
  background: Job[];
  drawing: number;
  /** The cache, once opened. */
  opened: Promise<{ blobs: BlobStore; index: Map<string, string>; file: string }> | undefined;
  /** Whether warmPngCache draws ahead (off when most images will come with pages from the page cache). */
  warmUp: boolean;
  drawn: number;
}
const queue = processWide<Queue>('pngCache.queue', () => ({ jobs: new Map(), urgent: [], background: [], drawing: 0, opened: undefined, warmUp: true, drawn: 0 }));

function open(): NonNullable<Queue['opened']> {
  queue.opened ??= (async () => {
    const dir = cacheDirOf(process.cwd());
    const file = path.join(dir, INDEX_FILE);
    const entries = await readManifest<Record<string, string>>(file, DRAWN_WITH);
    return { blobs: new BlobStore(path.join(dir, 'blobs')), index: new Map(Object.entries(entries ?? {})), file };
  })();
  return queue.opened;
}

function keyOf(kind: string, svg: string, density: number): string {
  return `${kind}:${createHash('sha256').update(`${density}\n${svg}`).digest('hex')}`;
}

async function draw(job: Job): Promise<string> {
  const { blobs, index } = await open();
  const known = index.get(job.key);
  if (known && (await blobs.get(known))) return known;
  // zlib level 3 instead of 6: a fifth less time per image for files 5–10% larger (npm run bench draws thousands).
  const png = await sharp(Buffer.from(job.svg), { density: job.density }).png({ compressionLevel: 3 }).toBuffer();
  const hash = await blobs.put(png);
  index.set(job.key, hash);
  queue.drawn++;
  return hash;
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
  const key = keyOf(kind, svg, density);
  let job = queue.jobs.get(key);
  if (!job) {
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    const created: Job = { svg, density, key, started: false, start, done: Promise.resolve('') };
    created.done = started
      .then(() => draw(created))
      .finally(() => {
        queue.drawing--;
        queue.jobs.delete(key);
        drawNext();
      });
    // A failure is reported to whoever asks for the image; the queue itself goes on.
    created.done.catch(() => undefined);
    queue.jobs.set(key, (job = created));
    (urgent ? queue.urgent : queue.background).push(job);
  } else if (urgent && !job.started) queue.urgent.push(job);
  drawNext();
  return job;
}

/** Whether images are drawn ahead of their routes in this build. */
export function setPngWarmUp(on: boolean): void {
  queue.warmUp = on;
}

export function pngWarmUp(): boolean {
  return queue.warmUp;
}

/** Queues images to be drawn into the cache in the background, behind any image a route is waiting for. */
export function warmPngCache(kind: string, svgs: Iterable<string>, density = 72): void {
  if (!queue.warmUp) return;
  for (const svg of svgs) enqueue(kind, svg, density, false);
}

/** The PNG of `svg` (at `density` dpi; 72 is the SVG's own size), from the cache when drawn before. */
export async function cachedPng(kind: string, svg: string, density = 72): Promise<Buffer<ArrayBuffer>> {
  const { blobs, index } = await open();
  const key = keyOf(kind, svg, density);
  const known = queue.jobs.has(key) ? undefined : index.get(key);
  const stored = known ? await blobs.get(known) : undefined;
  if (stored) return stored as Buffer<ArrayBuffer>;
  const hash = await enqueue(kind, svg, density, true).done;
  const drawn = await blobs.get(hash);
  if (!drawn) throw new Error(`图片缓存：刚画好的图片已从 ${blobs.dir} 消失；请重新构建`);
  return drawn as Buffer<ArrayBuffer>;
}

/**
 * Saves the index of drawings for the next build: the images of this build, and those whose bytes the page cache
 * keeps (`alsoKept`, so a page rendered again with the same image finds it). Resolves with the hashes it keeps.
 */
export async function savePngIndex(alsoKept: ReadonlySet<string>): Promise<{ kept: Set<string>; drawn: number }> {
  if (!queue.opened) return { kept: new Set(), drawn: 0 };
  const { blobs, index, file } = await queue.opened;
  const kept = new Map([...index].filter(([, hash]) => blobs.used.has(hash) || alsoKept.has(hash)));
  await writeManifest(file, DRAWN_WITH, Object.fromEntries(kept));
  return { kept: new Set(kept.values()), drawn: queue.drawn };
}
