// Social cards as PNG at build time: the SVG from src/lib/socialCard.ts rasterised with sharp (librsvg, which finds
// CJK fonts through fontconfig). Cards are cached by their SVG's hash, so a rebuild redraws only changed cards.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { layoutSocialCard, type CardContent } from '../lib/socialCard.ts';

// JINDU_CACHE_DIR moves the cache (npm run bench starts each build from an empty one).
const CACHE_DIR = path.join(process.env.JINDU_CACHE_DIR || path.join(process.cwd(), 'node_modules', '.cache', 'jindu'), 'cards');

let fontChecked = false;

/** Cards drawn without a CJK font show boxes; say so once, in one line, where fontconfig can tell. */
function warnWithoutCjkFont(): void {
  if (fontChecked) return;
  fontChecked = true;
  try {
    if (!execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()) {
      console.warn('warning  no Chinese font found: social cards will show boxes instead of text (Debian: apt-get install fonts-noto-cjk)');
    }
  } catch {
    // No fc-list (macOS, Windows): their system fonts include Chinese.
  }
}

export async function renderCard(content: CardContent): Promise<Buffer<ArrayBuffer>> {
  const svg = layoutSocialCard(content);
  const key = createHash('sha256').update(svg).digest('hex').slice(0, 32);
  const cached = path.join(CACHE_DIR, `${key}.png`);
  try {
    return (await readFile(cached)) as Buffer<ArrayBuffer>;
  } catch {
    // Not drawn yet.
  }
  warnWithoutCjkFont();
  const png = (await sharp(Buffer.from(svg)).png().toBuffer()) as Buffer<ArrayBuffer>;
  await mkdir(CACHE_DIR, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}

export function pngResponse(png: Buffer<ArrayBuffer>): Response {
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
