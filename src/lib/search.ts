// Search: where the index lives, and turning Pagefind's result excerpts into safe DOM-free parts.

/** Pagefind's bundle folder under the site's base (its CSP is set in hosting.ts). */
export { SEARCH_INDEX_DIR as SEARCH_DIR } from './hosting.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpts are HTML with <mark> around matches. Splitting them into text parts lets the page build
 * the result with text nodes only, so nothing in an excerpt can ever become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
