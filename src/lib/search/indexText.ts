// A built page as given to Pagefind: the markup unchanged, every text cut into one word per symbol (symbols.ts),
// punctuation and spaces kept on the word before them so excerpts can show the text as it was, a GAP word at every
// block boundary, and drawings left out. Also returns the symbols the page holds, for the variants table
// (variantsTable.ts).
import { DECIMAL, GAP, LOW_LINE, SPACE, indexedForm } from './symbols.ts';

// Elements whose edges end a run of text: a phrase never continues from one into the next. (Inline elements such as
// a, strong, span and time do not: 华理<a>生物</a> is one run.)
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

export interface TextWords {
  /** What comes before the first symbol: punctuation, and SPACE for spaces. */
  leading: string;
  /** One word per symbol, each carrying the punctuation and spaces after it. */
  words: string[];
}

// One symbol and what follows it up to the next; a '.' between digits was made DECIMAL first (a letter to Unicode).
const WORD = /[\p{Alphabetic}\p{N}][^\p{Alphabetic}\p{N}]*/gu;
const DECIMAL_POINT = /(?<=\p{Nd})\.(?=\p{Nd})/gu;
const WHITESPACE = /\s+/g;
const UNDERSCORE = /_/g;
const NOT_SPACE = /\S/;

/**
 * One text (decoded, no markup) as index words. Symbols are added to `found` (as Pagefind stores them). Regular
 * expressions do the cutting: this runs on every text of every page of both editions.
 */
export function indexWords(text: string, found?: Set<string>): TextWords {
  const marked = text.replace(DECIMAL_POINT, DECIMAL).replace(WHITESPACE, SPACE).replace(UNDERSCORE, LOW_LINE);
  const words = marked.match(WORD) ?? [];
  const leading = words.length ? marked.slice(0, marked.indexOf(words[0]!)) : marked;
  if (found) {
    for (const word of words) {
      const code = word.charCodeAt(0);
      // Chinese characters (most symbols) have no case: skip the general path for them.
      found.add(code >= 0x3400 && code <= 0x9fff ? word[0]! : indexedForm(String.fromCodePoint(word.codePointAt(0)!)));
    }
  }
  return { leading, words };
}

const EDGE_SPACES = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');
const trimSpace = (text: string) => (text.includes(SPACE) ? text.replace(EDGE_SPACES, '') : text);

export interface IndexPage {
  /** The page's HTML as Pagefind should read it. */
  html: string;
  /** Every symbol the page's text holds, as Pagefind stores it. */
  symbols: Set<string>;
}

/**
 * The built page as Pagefind reads it. Text inside script and style elements is left alone, drawings are removed:
 * a chart's labels repeat its figure's title, takeaway and table, and would only make every project page match
 * every year and unit; at 5,000 articles leaving them out saves a tenth of the indexing.
 *
 * What comes before a text's first symbol goes into a GAP word when the text starts a block, and onto the last
 * word before it otherwise (华理<a>生物</a>、<a>龙江</a>: the 、 stays between 物 and 龙 without taking a place).
 */
export function pageForIndex(html: string): IndexPage {
  const symbols = new Set<string>();
  let atBlockStart = true;
  const out: string[] = [];
  // The last text written, as words, and where it is in `out`: later punctuation is added to its last word.
  let last: { piece: number; words: string[] } | undefined;
  // Open elements, to know where an ignored part (data-pagefind-ignore) starts and ends: punctuation never moves
  // into or out of one.
  const names: string[] = [];
  const ignored: boolean[] = [];
  const write = (piece: number, words: readonly string[]) => {
    out[piece] = ` ${escapeText(words.join(' '))} `;
  };
  const withoutDrawings = html.replace(/<svg\b[\s\S]*?<\/svg>/g, '');
  const pieces = withoutDrawings.split(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>)/);
  for (const piece of pieces) {
    if (!piece) continue;
    if (piece.startsWith('<')) {
      out.push(piece);
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(piece);
      if (!tag) continue;
      const name = tag[2]!.toLowerCase();
      if (BLOCK_TAGS.has(name)) {
        atBlockStart = true;
        last = undefined;
      }
      if (tag[1]) {
        // Close up to the element named (Astro's HTML is well formed; a stray end tag closes nothing).
        if (!names.includes(name)) continue;
        for (let closed = names.pop(); ; closed = names.pop()) {
          if (ignored.pop()) last = undefined;
          if (closed === name || closed === undefined) break;
        }
      } else if (!VOID_TAGS.has(name) && !piece.endsWith('/>')) {
        const isIgnored = piece.includes('data-pagefind-ignore');
        if (isIgnored) last = undefined;
        names.push(name);
        ignored.push(isIgnored);
      }
      continue;
    }
    // Most texts between tags are the markup's line breaks and indentation.
    if (!NOT_SPACE.test(piece) && (atBlockStart || !last)) {
      out.push(' ');
      continue;
    }
    const { leading, words } = indexWords(decodeEntities(piece), symbols);
    const before = atBlockStart ? trimSpace(leading) : leading;
    const index = out.length;
    out.push('');
    if (last && before) {
      const lastWords = last.words;
      const tail = lastWords[lastWords.length - 1]!;
      lastWords[lastWords.length - 1] = before === SPACE && tail.endsWith(SPACE) ? tail : tail + before;
      write(last.piece, lastWords);
    } else if (before && atBlockStart) {
      words.unshift(GAP + before);
    } else if (before && !words.length) {
      words.push(before);
    } else if (before) {
      words[0] = before + words[0]!;
    }
    if (words.length === 0) {
      out[index] = piece.trim() ? '' : ' ';
      continue;
    }
    if (atBlockStart && !words[0]!.startsWith(GAP)) words.unshift(GAP);
    atBlockStart = false;
    last = { piece: index, words };
    write(index, words);
  }
  return { html: out.join(''), symbols };
}
