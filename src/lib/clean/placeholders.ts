// Placeholders left where images and videos were: 【資料圖】, [图片], （图片来源：新华社）, （张三 摄）.
// A placeholder token is removed wherever it stands; a line left empty by that goes too.
// Patterns are written in Simplified and matched against the text folded to Simplified characters;
// a pinyin annotation inside a token (【資料圖(tú)】) is part of the token.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { applyEdits, pointAt, type Edit } from './origin.ts';
import { dropEmptyParagraphs, paragraphTexts } from './paragraphs.ts';
import { recordRemoval } from './removals.ts';
import { foldToSimplified } from './script.ts';
import { tidyText, type WhitespaceOptions } from './whitespace.ts';

export interface PlaceholderOptions {
  /** More words that stand for media when bracketed, in Simplified (default none). */
  extraWords?: string[];
  /** How to tidy the spaces a removal leaves; pass what `tidyWhitespace` was given. */
  whitespace?: WhitespaceOptions;
}

const MEDIA_WORDS = ['文章图片', '资料图片', '资料图', '资料照片', '高清组图', '组图', '多图', '配图', '图片', '图集', '图表', '图', '照片', '视频', '音频', '点击播放', '点击查看大图', '网络图片'];
// Words that also stand for media between round brackets, where 图 or 视频 alone could be prose.
const ROUND_WORDS = ['资料图片', '资料图', '资料照片', '组图', '配图', '图片', '网络图片', '图'];

// annotation := ( "(" | "（" ) latin letters with tone marks [tone digit] ( ")" | "）" )
const ANNOTATION = '(?:[(（][a-z\\u00C0-\\u024F\\u0300-\\u036F\\u1E3F:]{1,8}[1-5]?[)）])?';

function tolerant(word: string): string {
  return [...word].map((char) => escape(char) + ANNOTATION).join('');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function placeholderPattern(extraWords: readonly string[]): RegExp {
  const square = [...extraWords, ...MEDIA_WORDS].map(tolerant).join('|');
  const round = ROUND_WORDS.map(tolerant).join('|');
  return new RegExp(
    [
      // token := [【［〔] word [】］〕]
      `[\\[【［〔]\\s*(?:${square})\\s*[\\]】］〕]`,
      // token := （ word ）
      `[(（]\\s*(?:${round})\\s*[)）]`,
      // caption := （ ( (图片|照片|视频)(来源|来自) | 图源 | 图 before [:：/] ) [:：/] credit ）
      `[(（]\\s*(?:(?:图片|照片|视频)(?:来源|来自)|图源|图(?=\\s*[:：/／]))\\s*[:：/／]?\\s*[^()（）。！？]{0,40}?[)）]`,
      // credit := （ … 摄 | … 供图 ）
      `[(（][^()（）。！？]{1,30}?(?:摄|供图|提供图片)\\s*[)）]`,
    ].join('|'),
    'gu',
  );
}

const defaultPattern = placeholderPattern([]);

/** Finds placeholder tokens in a line: their index range in the text. */
export function findPlaceholders(text: string, options: PlaceholderOptions = {}): Array<{ start: number; end: number }> {
  const pattern = options.extraWords?.length ? placeholderPattern(options.extraWords) : defaultPattern;
  return [...foldToSimplified(text).matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function removeFromNode(node: Text, file: VFile, options: PlaceholderOptions): void {
  const edits: Edit[] = findPlaceholders(node.value, options);
  if (edits.length === 0) return;
  for (const { start, end } of edits) {
    const { line, column } = pointAt(node, start);
    recordRemoval(file, { kind: 'placeholder', text: node.value.slice(start, end), line, column });
  }
  applyEdits(node, edits);
  tidyText(node, options.whitespace);
}

/** unified plugin: remove image and video placeholders, recording each on `file.data.removed`. */
export const removeImagePlaceholders: Plugin<[PlaceholderOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    for (const { text } of paragraphTexts(tree)) removeFromNode(text, file, options);
    dropEmptyParagraphs(tree);
  };
};
