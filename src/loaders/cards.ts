// Social cards as PNG at build time: the SVG from src/lib/socialCard.ts rasterised with sharp (librsvg, which finds
// CJK fonts through fontconfig), cached by src/integrations/pngCache.ts.
import { execFileSync } from 'node:child_process';
import { layoutSocialCard, type CardContent } from '../lib/socialCard.ts';
import { cachedPng } from '../integrations/pngCache.ts';

let fontChecked = false;

/** Cards drawn without a CJK font show boxes; say so once, in one line, where fontconfig can tell. */
function warnWithoutCjkFont(): void {
  if (fontChecked) return;
  fontChecked = true;
  try {
    if (!execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()) {
      console.warn('warning  找不到中文字体：分享卡片上的文字会显示成方框（Debian：apt-get install fonts-noto-cjk）');
    }
  } catch {
    // No fc-list (macOS, Windows): their system fonts include Chinese.
  }
}

export async function renderCard(content: CardContent): Promise<Buffer<ArrayBuffer>> {
  warnWithoutCjkFont();
  return cachedPng('cards', layoutSocialCard(content));
}

export function pngResponse(png: Buffer<ArrayBuffer>): Response {
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
