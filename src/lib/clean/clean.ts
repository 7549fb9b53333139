// The one entry point: scraped article text in, cleaned Simplified body out, with what was removed,
// what the chrome said, and warnings the editor must act on.
//
// Order matters: whitespace first (zero-width characters hide annotations), placeholders before pinyin
// (removing 車【图片】(chē)'s placeholder makes an annotation; a placeholder may carry annotations
// itself), pinyin before chrome (X 關(guān)閉 is only chrome once the annotation is gone), damage last
// on the original script (mojibake characters are Traditional-looking; conversion would hide them),
// then conversion to Simplified.
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { dropChromeLines, type ArticleMeta, type ChromeOptions } from './chrome.ts';
import { literalTextOptions } from './markdown.ts';
import { flagDamage, type DamageOptions } from './damage.ts';
import { paragraphStrings } from './paragraphs.ts';
import { scrapedTextParser } from './parse.ts';
import { stripPinyinAnnotations, type PinyinOptions } from './pinyin.ts';
import { removeImagePlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { removalsOf, type Removal } from './removals.ts';
import { convertToSimplified, toSimplified, type ToSimplifiedOptions } from './script.ts';
import { tidyWhitespace, type WhitespaceOptions } from './whitespace.ts';

export interface CleanOptions {
  /** Shown in messages, e.g. the scraped file's name. */
  path?: string;
  whitespace?: WhitespaceOptions;
  placeholders?: PlaceholderOptions;
  pinyin?: PinyinOptions;
  chrome?: ChromeOptions;
  damage?: DamageOptions;
  script?: ToSimplifiedOptions;
}

export interface CleanedArticle {
  /** Cleaned body paragraphs in Simplified Chinese. */
  paragraphs: string[];
  /** The same paragraphs before conversion, in the scraped script. */
  originalParagraphs: string[];
  /** The Simplified body as Markdown; text that looks like Markdown or HTML is escaped, so it stays text. */
  markdown: string;
  /** Warnings (damage) and notes (kept pinyin-like asides), by line and column in the scraped text. */
  messages: VFileMessage[];
  /** Every annotation, chrome line and placeholder taken out, by line and column in the scraped text. */
  removed: Removal[];
  /** What metadata chrome lines said, in Simplified. */
  meta: ArticleMeta;
}

export function cleanScrapedArticle(text: string, options: CleanOptions = {}): CleanedArticle {
  const file = new VFile(options.path === undefined ? { value: text } : { value: text, path: options.path });
  const cleaner = unified()
    .use(scrapedTextParser)
    .use(tidyWhitespace, options.whitespace)
    .use(removeImagePlaceholders, { whitespace: options.whitespace, ...options.placeholders })
    .use(stripPinyinAnnotations, { whitespace: options.whitespace, ...options.pinyin })
    .use(dropChromeLines, options.chrome)
    .use(flagDamage, options.damage);
  const tree: Root = cleaner.runSync(cleaner.parse(file), file);
  const originalParagraphs = paragraphStrings(tree);

  unified().use(convertToSimplified, options.script).runSync(tree, file);
  const markdown = unified().use(remarkStringify, literalTextOptions).stringify(tree);

  const meta: ArticleMeta = {};
  if (file.data.meta?.source !== undefined) meta.source = toSimplified(file.data.meta.source, options.script);
  if (file.data.meta?.editor !== undefined) meta.editor = toSimplified(file.data.meta.editor, options.script);

  const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { paragraphs: paragraphStrings(tree), originalParagraphs, markdown, messages, removed: removalsOf(file), meta };
}
