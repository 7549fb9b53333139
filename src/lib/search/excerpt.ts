// The text of a search result as the reader sees it, read back from the words Pagefind stored (indexText.ts), with
// the places where each query word occurs: excerpts are cut around the first one and highlight exactly the words
// typed. Built as text parts, so nothing in an excerpt can ever become markup.
import { DECIMAL, GAP, LOW_LINE, SPACE, indexedForm, scanSymbols } from './symbols.ts';

interface SymbolAt {
  form: string;
  start: number;
  end: number;
  /** A block boundary lies between this symbol and the one before: no match runs across it. */
  afterGap: boolean;
}

export interface IndexedText {
  /** The text as written; block boundaries are '\n'. */
  text: string;
  symbols: SymbolAt[];
}

/** Reads Pagefind's stored text (our words joined by spaces) back into the text as written. */
export function readIndexed(stored: string): IndexedText {
  let text = '';
  const symbols: SymbolAt[] = [];
  let gap = false;
  for (const word of stored.split(' ')) {
    // Pagefind leaves its own markers (___END_PAGEFIND_WEIGHT___) in metadata taken from weighted elements.
    if (word.startsWith('___')) continue;
    for (const char of word) {
      if (char === GAP) {
        gap = true;
        text += '\n';
      } else if (char === SPACE) {
        text += ' ';
      } else if (char === LOW_LINE) {
        text += '_';
      } else if (char === DECIMAL) {
        symbols.push({ form: DECIMAL, start: text.length, end: text.length + 1, afterGap: gap });
        gap = false;
        text += '.';
      } else {
        const start = text.length;
        text += char;
        scanSymbols(char, {
          symbol: (symbol) => {
            symbols.push({ form: indexedForm(symbol), start, end: text.length, afterGap: gap });
            gap = false;
          },
          other: () => {},
        });
      }
    }
  }
  return { text, symbols };
}

export interface Span {
  start: number;
  end: number;
}

/** Where a word occurs: any of its spellings (symbol sequences, query.ts), with the punctuation typed around it. */
export function findWord(indexed: IndexedText, spellings: ReadonlyArray<readonly string[]>, lead = '', trail = ''): Span[] {
  const { symbols, text } = indexed;
  const spans: Span[] = [];
  for (let i = 0; i < symbols.length; i++) {
    const spelling = spellings.find((candidate) => candidate.length > 0 && i + candidate.length <= symbols.length && candidate.every((form, k) => symbols[i + k]!.form === form && (k === 0 || !symbols[i + k]!.afterGap)));
    if (!spelling) continue;
    let start = symbols[i]!.start;
    let end = symbols[i + spelling.length - 1]!.end;
    if (lead && text.slice(start - lead.length, start) === lead) start -= lead.length;
    if (trail && text.slice(end, end + trail.length) === trail) end += trail.length;
    spans.push({ start, end });
    i += spelling.length - 1;
  }
  return spans;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** How much text an excerpt shows: a little before the first match, the rest after it. */
export const EXCERPT_BEFORE = 24;
export const EXCERPT_LENGTH = 90;

/**
 * An excerpt of `text` around the first span, every span inside it marked. It starts at the beginning of the
 * block holding the first match when that is close, and '…' shows where text was cut.
 */
export function excerptParts(text: string, spans: readonly Span[]): ExcerptPart[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  let from = first ? Math.max(0, first.start - EXCERPT_BEFORE) : 0;
  if (first) {
    const blockStart = text.lastIndexOf('\n', first.start - 1) + 1;
    if (blockStart > from) from = blockStart;
  }
  while (text[from] === '\n' || text[from] === ' ') from++;
  let to = Math.min(text.length, Math.max(from + EXCERPT_LENGTH, first ? first.end : 0));
  // A match the cut would halve is shown whole.
  for (const span of sorted) if (span.start < to && span.end > to) to = span.end;
  while (to > from && (text[to - 1] === '\n' || text[to - 1] === ' ')) to--;
  const shown = (start: number, end: number) => text.slice(start, end).replace(/\s*\n\s*/g, ' ');
  const parts: ExcerptPart[] = [];
  const push = (part: ExcerptPart) => {
    if (!part.text) return;
    const previous = parts[parts.length - 1];
    if (previous && previous.marked === part.marked) previous.text += part.text;
    else parts.push(part);
  };
  if (from > 0 && text[from - 1] !== '\n') push({ text: '…', marked: false });
  let at = from;
  for (const span of sorted) {
    if (span.end <= at || span.start >= to) continue;
    const start = Math.max(span.start, at);
    push({ text: shown(at, start), marked: false });
    push({ text: shown(start, Math.min(span.end, to)), marked: true });
    at = Math.min(span.end, to);
  }
  push({ text: shown(at, to), marked: false });
  if (to < text.length && text[to] !== '\n') push({ text: '…', marked: false });
  return parts;
}

/** A stored title or label as plain text: its words joined, block boundaries as spaces. */
export function storedText(stored: string): string {
  return readIndexed(stored).text.replace(/\s*\n\s*/g, ' ').trim();
}
