// What search matches: the page's text as a sequence of symbols (every letter, Chinese character and digit, and a
// decimal point between digits), ignoring punctuation and spaces, never across the boundary of a block (heading,
// paragraph, list item, table cell). Indexing (indexText.ts) and the search page (query.ts, excerpt.ts) share these.
//
// Pagefind indexes whitespace-separated words, keeping only each word's letters and digits. We hand it one word
// per symbol, so its exact-phrase search becomes a substring search over symbols. Three marks travel inside those
// words, never typed by readers, and are turned back into text when an excerpt is shown:

/** A block boundary: a word with no letter or digit, so Pagefind counts a position for it and no phrase spans it. */
export const GAP = '\u241E';
/** A space in the text, kept on the word before it: spaces are not matched, but excerpts show them. */
export const SPACE = '\u2420';
/**
 * A decimal point between digits, indexed as a symbol of its own (Pagefind would drop '.'), so 5.2亿 never matches
 * 52亿. U+A78F LATIN LETTER SINOLOGICAL DOT: a letter to Pagefind, and no Chinese or Latin text uses it.
 */
export const DECIMAL = '\uA78F';
/**
 * An underscore in the text. Pagefind keeps '_' in a word (measured: the word "z_" is stored as "z_", not "z"), so
 * annual_revenue would hold no symbol "l" and no phrase through it would match; it travels as this mark, which
 * Pagefind drops like other punctuation, and excerpts show it as '_' again.
 */
export const LOW_LINE = '\u241F';

// Pagefind (Rust's char::is_alphanumeric) keeps Alphabetic and Numeric characters of a word and drops the rest.
const SYMBOL = /^[\p{Alphabetic}\p{N}]$/u;
const DIGIT = /^\p{Nd}$/u;

export function isSymbol(char: string): boolean {
  return SYMBOL.test(char);
}

export function isDigit(char: string): boolean {
  return DIGIT.test(char);
}

/** A symbol as Pagefind stores it: lower case (Pagefind lower-cases every word). */
export function indexedForm(symbol: string): string {
  return symbol.toLowerCase();
}

/** A symbol as typed by a reader, in the form shared by every way of writing it: 'Ａ' → 'a', '５' → '5'. */
export function typedForm(char: string): string {
  return char.normalize('NFKC').toLowerCase();
}

/**
 * Splits text into its symbols, calling `symbol` for each with its start and end (UTF-16 offsets), and `other` for
 * every other character. A '.' between two digits is the decimal symbol.
 */
export function scanSymbols(text: string, visit: { symbol: (symbol: string, start: number, end: number) => void; other: (char: string, start: number, end: number) => void }): void {
  const chars = Array.from(text);
  let offset = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const end = offset + char.length;
    if (isSymbol(char)) visit.symbol(char, offset, end);
    else if (char === '.' && isDigit(chars[i - 1] ?? '') && isDigit(chars[i + 1] ?? '')) visit.symbol(DECIMAL, offset, end);
    else visit.other(char, offset, end);
    offset = end;
  }
}
