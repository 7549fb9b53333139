// PNG images drawn from SVG at build time (social cards, chart downloads), cached by the SVG's hash: a rebuild
// draws only what changed, and a clean build draws each image once. JINDU_CACHE_DIR moves the cache (npm run
// bench starts every build from an empty one).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const CACHE_ROOT = process.env.JINDU_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'jindu');

/** The PNG of `svg` (at `density` dpi; 72 is the SVG's own size), from the cache in `kind`/ when drawn before. */
export async function cachedPng(kind: string, svg: string, density = 72): Promise<Buffer<ArrayBuffer>> {
  const key = createHash('sha256').update(`${density}\n${svg}`).digest('hex').slice(0, 32);
  const dir = path.join(CACHE_ROOT, kind);
  const cached = path.join(dir, `${key}.png`);
  try {
    return (await readFile(cached)) as Buffer<ArrayBuffer>;
  } catch {
    // Not drawn yet.
  }
  const png = (await sharp(Buffer.from(svg), { density }).png().toBuffer()) as Buffer<ArrayBuffer>;
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves half an image in the cache.
  const partial = `${cached}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}
