// Search: where the index lives, and turning Pagefind's result excerpts into safe DOM-free parts.

/** Pagefind's bundle folder under the site's base (its CSP is set in hosting.ts). */
export { SEARCH_INDEX_DIR as SEARCH_DIR } from './hosting.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

// Pagefind segments Chinese with jieba when indexing and with the browser's ICU when searching; the two cut the
// same phrase differently depending on its context, so a word could be found on one page and missed on the next.
// Indexing single characters and searching the query as an exact phrase of single characters makes search a plain
// substring search, the same on every page: 开复工率 finds every page that contains it, 物华 finds none. (The index
// is built as language 'und', so Pagefind does not run jieba over the spaced-out text at all.)
const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const HAN = /\p{Script=Han}/u;

/** Text with a space between adjacent Chinese characters, as the search index stores it. */
export function spaceOutHan(text: string): string {
  return text.replace(HAN_PAIR, '$1 ');
}

/**
 * A built page as given to the indexer: the text between tags spaced out, the markup unchanged, and drawings left
 * out. A chart's labels repeat its figure's title, takeaway and table, and would only make every project page match
 * every year and unit; at 5,000 articles leaving them out saves a tenth of the indexing.
 */
export function pageForIndex(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/g, '').replace(/>([^<]+)</g, (_, text: string) => `>${spaceOutHan(text)}<`);
}

/** Removes the spaces the index put between Chinese characters (across highlight tags too). */
export function joinHan(text: string): string {
  return text.replace(/(\p{Script=Han}(?:<\/?mark>)*)\s(?=(?:<\/?mark>)*\p{Script=Han})/gu, '$1');
}

/** The query Pagefind gets: a Chinese term as an exact phrase of single characters; several terms all required. */
export function pagefindQuery(input: string): string {
  const terms = input.trim().split(/\s+/).filter(Boolean);
  if (terms.length === 1 && HAN.test(terms[0]!)) return `"${spaceOutHan(terms[0]!)}"`;
  return terms.map(spaceOutHan).join(' ');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpts are HTML with <mark> around matches. Splitting them into text parts lets the page build
 * the result with text nodes only, so nothing in an excerpt can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of joinHan(excerpt).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * Results whose title contains the query first, Pagefind's order kept within each group: a reader searching
 * 华理生物 wants the project's own page before the pages that mention it.
 */
export function rankByTitle<T extends { title: string }>(results: readonly T[], query: string): T[] {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  const inTitle = (result: T) => terms.every((term) => joinHan(result.title).includes(term));
  return [...results.filter(inTitle), ...results.filter((result) => !inTitle(result))];
}
