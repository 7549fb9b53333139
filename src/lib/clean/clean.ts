// The one entry point: scraped article text in, cleaned Simplified body out, with what was removed,
// what the chrome said, and warnings the editor must act on.
//
// Order matters: whitespace first (zero-width characters hide annotations), but spaces between Chinese
// characters stay until the page is read (they separate the names of a byline); placeholders before pinyin
// (removing 車【图片】(chē)'s placeholder makes an annotation; a placeholder may carry annotations
// itself), pinyin before the page structure (X 關(guān)閉 is only chrome once the annotation is gone), then
// hard-wrapped lines joined and stray spaces between Chinese characters dropped, damage last on the original
// script (mojibake characters are Traditional-looking; conversion would hide them), then conversion to
// Simplified.
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { ChromeOptions } from './chrome.ts';
import { stringifyLiteral } from './markdown.ts';
import { flagDamage, type DamageOptions } from './damage.ts';
import { paragraphStrings } from './paragraphs.ts';
import { scrapedTextParser } from './parse.ts';
import { fixTypography } from '../typography/punctuation.ts';
import { stripPinyinAnnotations, type PinyinOptions } from './pinyin.ts';
import { removeImagePlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { removalsOf, type Removal } from './removals.ts';
import { convertToSimplified, detectScript, toSimplified, type ToSimplifiedOptions } from './script.ts';
import { readPageStructure, type PageMeta } from './structure.ts';
import { fixChineseTypography } from './typography.ts';
import { tidyWhitespace, type WhitespaceOptions } from './whitespace.ts';
import { joinWrappedLines } from './wrap.ts';

export interface CleanOptions {
  /** Shown in messages, e.g. the scraped file's name. */
  path?: string;
  whitespace?: WhitespaceOptions;
  placeholders?: PlaceholderOptions;
  pinyin?: PinyinOptions;
  chrome?: ChromeOptions;
  damage?: DamageOptions;
  script?: ToSimplifiedOptions;
  /** Set Chinese punctuation and spacing as copy desks publish them (default true). */
  typography?: boolean;
  /** Read the page around the article (headline, metadata, link lists) and take it out (default true); false cleans every line as text. */
  structure?: boolean;
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
  /** What the page says about the article (headline, date, publication, byline, editor), in Simplified. */
  page: PageMeta;
  /** The headline in the scraped script, when conversion changed it. */
  originalScriptTitle: string | undefined;
}

export function cleanScrapedArticle(text: string, options: CleanOptions = {}): CleanedArticle {
  const file = new VFile(options.path === undefined ? { value: text } : { value: text, path: options.path });
  const cleaner = unified()
    .use(scrapedTextParser)
    .use(tidyWhitespace, { joinChinese: false })
    .use(removeImagePlaceholders, { whitespace: { joinChinese: false }, ...options.placeholders })
    .use(stripPinyinAnnotations, { whitespace: { joinChinese: false }, ...options.pinyin })
    .use(options.structure === false ? () => undefined : readPageStructure, options.chrome)
    .use(options.structure === false ? () => undefined : joinWrappedLines)
    .use(options.typography === false || options.whitespace?.joinChinese === false ? () => undefined : fixChineseTypography)
    .use(flagDamage, options.damage);
  const tree: Root = cleaner.runSync(cleaner.parse(file), file);
  const originalParagraphs = paragraphStrings(tree);

  unified().use(convertToSimplified, options.script).runSync(tree, file);
  const markdown = stringifyLiteral(tree);

  // The page's words in Simplified, converted as the text was (same script source).
  const scraped = file.data.page ?? {};
  const source = options.script?.source !== undefined && options.script.source !== 'auto' ? options.script.source : detectScript(originalParagraphs.join('\n'));
  const simplify = (value: string | undefined) => (value === undefined ? undefined : toSimplified(value, { source }));
  const headline = (value: string | undefined) => (value === undefined ? undefined : fixTypography(value, { headline: true }).text);
  const page: PageMeta = Object.fromEntries(
    Object.entries({ ...scraped, title: headline(simplify(scraped.title)), titlePrefix: simplify(scraped.titlePrefix), originalTitle: headline(simplify(scraped.originalTitle)), publication: simplify(scraped.publication), byline: simplify(scraped.byline), editor: simplify(scraped.editor) }).filter(([, value]) => value !== undefined),
  );

  const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const originalScriptTitle = scraped.title !== undefined && scraped.title !== page.title ? scraped.title : undefined;
  return { paragraphs: paragraphStrings(tree), originalParagraphs, markdown, messages, removed: removalsOf(file), page, originalScriptTitle };
}
