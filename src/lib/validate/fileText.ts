// A content file's bytes as text, refused rather than repaired when they are not what the site can publish:
// bytes that are not UTF-8 (a GBK file, a truncated copy) would otherwise become U+FFFD and be published as
// boxes, silently. Also the size limits and the nesting limits that keep a hostile file from exhausting the
// checker (deep JSON brackets overflow the parser's stack; a deep Markdown tree overflows every tree walk).

import type { Nodes } from 'mdast';
import { createPositionFinder, type Point } from './position.ts';

/** A sane article is far smaller (the longest real ones are ~50 KB); the import refuses larger pastes too. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** The dataset grows with every report; 50 MB is hundreds of thousands of reports. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;
/** The dataset's schema is eight levels deep; anything far deeper is not a dataset. */
export const MAX_JSON_DEPTH = 64;
/** Quotes in lists in quotes: real articles stay within a handful of levels. */
export const MAX_BODY_DEPTH = 40;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index]!;
    let length: number;
    let min: number;
    if (first < 0x80) {
      index++;
      continue;
    } else if (first >= 0xc2 && first <= 0xdf) [length, min] = [2, 0x80];
    else if (first >= 0xe0 && first <= 0xef) [length, min] = [3, 0x800];
    else if (first >= 0xf0 && first <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let code = first & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]!;
      if ((byte & 0xc0) !== 0x80) return index;
      code = (code << 6) | (byte & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return index;
    index += length;
  }
  return -1;
}

export type DecodedFile = { ok: true; text: string } | { ok: false; reason: string; place: Point };

/** Decodes UTF-8 strictly; on a bad byte, says where (line and column of the character it should have been). */
export function decodeUtf8(bytes: Uint8Array): DecodedFile {
  const bad = invalidUtf8Offset(bytes);
  if (bad === -1) return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
  const place = createPositionFinder(before)(before.length);
  const shown = [...bytes.subarray(bad, bad + 2)].map((byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
  return {
    ok: false,
    place,
    reason: `不是有效的 UTF-8 文本：此处的字节 ${shown} 无法解码（文件可能是 GBK/GB18030 编码）；请用 UTF-8 另存，没有修改任何文字`,
  };
}

/** Offset where JSON brackets nest deeper than `max` (strings skipped), or -1. */
export function jsonNestingOffset(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92) index++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 || char === 123) {
      if (++depth > max) return index;
    } else if (char === 93 || char === 125) depth--;
  }
  return -1;
}

/** The first node nested deeper than `max` in a Markdown tree, found without recursion. */
export function tooDeepNode(tree: Nodes, max = MAX_BODY_DEPTH): Nodes | undefined {
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return node;
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return undefined;
}

// C0 controls other than tab and line breaks, DEL, the non-characters U+FFFE and U+FFFF, and lone surrogates:
// XML cannot carry them (a feed or an SVG with one does not open) and no reader should see them.
// In a /u expression a surrogate range matches only a surrogate standing alone.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** Index and code point of the first character no text on the site may hold, or undefined. */
export function forbiddenCharacter(text: string): { index: number; code: string } | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  return { index: match.index, code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Every string in a parsed value with its path, for checks on what editors wrote. */
export function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (let index = 0; index < value.length; index++) yield* stringsIn(value[index], [...path, index]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* stringsIn(inner, [...path, key]);
}
