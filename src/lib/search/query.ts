// A reader's query as Pagefind searches: words separated by spaces must all be found; each word is matched as a run
// of symbols (symbols.ts), whatever punctuation is typed around or inside it, in either script.
//
// Script and width: every symbol is searched in each form the edition's pages actually use for it (variants.ts),
// so 进度条 and 進度條 find the same pages in either edition, and 華 finds a Simplified page's 华.
import { scanSymbols, typedForm } from './symbols.ts';
import type { Variants } from './variants.ts';

export interface Term {
  /** The word as typed. */
  text: string;
  /** Its symbols, in the shared form ('Ａ' → 'a'; a decimal point between digits is DECIMAL). */
  symbols: string[];
  /** What was typed before its first and after its last symbol (“ and ”, say): highlighted when the page has it. */
  lead: string;
  trail: string;
}

/** The words of a query; a word with no letter, digit or character (a lone 、) is dropped. */
export function parseQuery(input: string): Term[] {
  const terms: Term[] = [];
  for (const text of input.trim().split(/\s+/)) {
    const symbols: string[] = [];
    let firstStart = -1;
    let lastEnd = 0;
    scanSymbols(text, {
      symbol: (symbol, start, end) => {
        // NFKC may turn one character into several ('ﬁ' → 'fi'): each is a symbol.
        for (const char of typedForm(symbol)) symbols.push(char);
        if (firstStart < 0) firstStart = start;
        lastEnd = end;
      },
      other: () => {},
    });
    if (symbols.length) terms.push({ text, symbols, lead: text.slice(0, firstStart), trail: text.slice(lastEnd) });
  }
  return terms;
}

/** More spellings than this of one word are not searched (a word of many characters each written several ways). */
export const MAX_SPELLINGS = 16;

/**
 * The spellings of a word the edition's pages could hold: one symbol sequence per combination of the forms each
 * symbol takes on the site, most common forms first, at most MAX_SPELLINGS.
 */
export function spellings(term: Term, variants: Variants): string[][] {
  let combos: string[][] = [[]];
  for (const symbol of term.symbols) {
    const forms = variants.formsOf(symbol);
    const next: string[][] = [];
    for (const combo of combos) {
      for (const form of forms) {
        if (next.length < MAX_SPELLINGS) next.push([...combo, form]);
      }
    }
    combos = next;
  }
  return combos;
}

/** Pagefind's exact-phrase query for a spelling: its symbols as consecutive words. */
export function exactQuery(spelling: readonly string[]): string {
  return `"${spelling.join(' ')}"`;
}

/** The same words unquoted: Pagefind scores pages for them (title and frequency), which orders the exact matches. */
export function scoringQuery(spelling: readonly string[]): string {
  return spelling.join(' ');
}

export interface Found<T> {
  /** Pagefind's result, to load the page's text from. */
  result: T;
  /** 0 when a word is in the page's text, 1 when it is only among its related links. */
  tier: number;
  score: number;
}

/**
 * Pages that hold every word, best first: those that hold all of them in their text before those that only list
 * some among related links, then by Pagefind's score (a title holding the words scores highest).
 */
export function combineTerms<T>(perTerm: ReadonlyArray<ReadonlyMap<string, Found<T>>>): Array<Found<T> & { id: string }> {
  if (perTerm.length === 0) return [];
  const [first, ...rest] = perTerm;
  const combined: Array<Found<T> & { id: string }> = [];
  for (const [id, found] of first!) {
    let { tier, score } = found;
    let everywhere = true;
    for (const other of rest) {
      const there = other.get(id);
      if (!there) {
        everywhere = false;
        break;
      }
      tier = Math.max(tier, there.tier);
      score += there.score;
    }
    if (everywhere) combined.push({ id, result: found.result, tier, score });
  }
  return combined.sort((a, b) => a.tier - b.tier || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
