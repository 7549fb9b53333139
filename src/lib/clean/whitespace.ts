// Whitespace in scraped Chinese text: invisible characters go, odd spaces become plain spaces, lines are
// trimmed, and spaces between Chinese characters go (Chinese does not separate words), while a single
// space between English words, numbers, or Chinese and English stays.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { applyEdits, type Edit } from './origin.ts';
import { dropEmptyParagraphs, paragraphTexts } from './paragraphs.ts';

export interface WhitespaceOptions {
  /** Remove spaces between two Chinese characters (default true). */
  joinChinese?: boolean;
  /** Ranges of the text where spaces between Chinese characters separate names (a byline): kept, as one space. */
  keep?: ReadonlyArray<{ start: number; end: number }>;
}

// Zero-width and direction marks, BOMs, C0 controls. U+00AD (soft hyphen) stays: it is evidence of mojibake.
const INVISIBLE = '\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u180E\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F';
const SPACE = ' \\t\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
const GAP = new RegExp(`[${INVISIBLE}${SPACE}]+`, 'gu');
const HAS_SPACE = new RegExp(`[${SPACE}]`, 'u');

// Han, kana, hangul and full-width forms.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005-\u3007\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
// Full-width punctuation carries its own spacing.
const CJK_PUNCTUATION = /[\u3001-\u3004\u3008-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFE10-\uFE1F\uFE30-\uFE4F]/u;
// Shared by Chinese and English: count as Chinese only next to a Chinese character.
const SHARED_PUNCTUATION = /[“”‘’…—·～]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function dropsSpaceBetween(before: string, after: string, joinChinese: boolean): boolean {
  if (CJK_PUNCTUATION.test(before) || CJK_PUNCTUATION.test(after)) return true;
  if (!joinChinese) return false;
  const strong = (c: string) => CJK.test(c);
  const weak = (c: string) => CJK.test(c) || SHARED_PUNCTUATION.test(c);
  return (strong(before) && weak(after)) || (weak(before) && strong(after));
}

/** Normalises the whitespace of one text node in place, keeping the original columns of what stays. */
export function tidyText(node: Text, options: WhitespaceOptions = {}): void {
  const value = node.value;
  const edits: Edit[] = [];
  for (const match of value.matchAll(GAP)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = charBefore(value, start);
    const after = charAfter(value, end);
    if (match[0] === '\u200D' && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) continue; // emoji sequence
    const joinChinese = (options.joinChinese ?? true) && !options.keep?.some((range) => start >= range.start && end <= range.end);
    const keepOneSpace = HAS_SPACE.test(match[0]) && before !== '' && after !== '' && !dropsSpaceBetween(before, after, joinChinese);
    if (keepOneSpace) {
      if (match[0] === ' ') continue;
      const at = start + match[0].search(HAS_SPACE);
      edits.push({ start, end: at, insert: '' }, { start: at, end: at + 1, insert: ' ' }, { start: at + 1, end, insert: '' });
    } else {
      edits.push({ start, end });
    }
  }
  applyEdits(node, edits.filter((edit) => edit.end > edit.start));
}

function charBefore(value: string, index: number): string {
  return index === 0 ? '' : String.fromCodePoint(value.codePointAt(index - (isLowSurrogate(value, index - 1) ? 2 : 1)) ?? 0);
}

function charAfter(value: string, index: number): string {
  return index >= value.length ? '' : String.fromCodePoint(value.codePointAt(index) ?? 0);
}

function isLowSurrogate(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0;
}

/** unified plugin: tidy the whitespace of every paragraph and drop paragraphs left empty. */
export const tidyWhitespace: Plugin<[WhitespaceOptions?], Root> = function (options = {}) {
  return function (tree) {
    for (const { text } of paragraphTexts(tree)) tidyText(text, options);
    dropEmptyParagraphs(tree);
  };
};
