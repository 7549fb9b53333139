// Public API of the scraped-article cleaner. The importer needs `cleanScrapedArticle` and `looksLikeTitle`;
// the plugins are exported for pipelines that want only some steps.
export { cleanScrapedArticle, type CleanOptions, type CleanedArticle } from './clean.ts';
export { looksLikeTitle } from './title.ts';
export { toSimplified, toTraditional, detectScript, convertToSimplified, type ScriptSource, type ToSimplifiedOptions } from './script.ts';
export { parseScrapedText, scrapedTextParser } from './parse.ts';
export { tidyWhitespace, type WhitespaceOptions } from './whitespace.ts';
export { removeImagePlaceholders, findPlaceholders, type PlaceholderOptions } from './placeholders.ts';
export { stripPinyinAnnotations, stripPinyin, findPinyinAnnotations, readingsOf, type PinyinOptions, type PinyinAnnotation } from './pinyin.ts';
export { parsePinyinSyllable, PINYIN_SYLLABLES, type Syllable } from './syllables.ts';
export { matchChromeLine, type ArticleMeta, type ChromeKind, type ChromeMatch, type ChromeOptions } from './chrome.ts';
export { readPageStructure, type PageMeta } from './structure.ts';
export { parseByline, findBracketedBylines, type Byline } from './byline.ts';
export { joinWrappedLines } from './wrap.ts';
export { flagDamage, findDamage, type DamageKind, type DamageOptions, type DamageRun } from './damage.ts';
export type { Removal, RemovalKind } from './removals.ts';
