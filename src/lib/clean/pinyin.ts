// Pinyin annotations that converters put after characters: 車(chē), 綠(lǜ), 國（guo）.
//
// An annotation is a parenthesised group right after a Han character (ASCII or full-width brackets, in
// any mix) that holds exactly one lowercase pinyin syllable (see syllables.ts) which is a reading of that
// character. Readings come from pinyin-pro's polyphone dictionary, for the character itself and for its
// Simplified form(s) from OpenCC. When the dictionary does not know the character, a valid syllable is
// enough. A valid syllable that is not a reading of a known character, like 公司(an), is kept as an
// aside and reported as an info message (rule `pinyin-not-a-reading`) so the editor can look.
// Tones are not compared: converters write sandhi and neutral tones (一(yì), 子(zi)).
// Several annotations in a row after one character are all removed while each is a reading of it.
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { polyphonic } from 'pinyin-pro';
import { applyEdits, placeOf, type Edit } from './origin.ts';
import { paragraphTexts } from './paragraphs.ts';
import { recordRemoval } from './removals.ts';
import { simplifiedCandidates } from './script.ts';
import { parsePinyinSyllable } from './syllables.ts';
import { tidyText, type WhitespaceOptions } from './whitespace.ts';

export interface PinyinOptions {
  /** Check that the syllable is a reading of the character (default true); false trusts the syllable alone. */
  checkReading?: boolean;
  /** How to tidy the spaces a removal leaves; pass what `tidyWhitespace` was given. */
  whitespace?: WhitespaceOptions;
}

export interface PinyinAnnotation {
  /** Index of the opening bracket in the text. */
  start: number;
  end: number;
  /** The annotated character. */
  char: string;
  syllable: string;
  /** Whether it is removed: a reading of the character, or a syllable after a character the dictionary does not know. */
  isAnnotation: boolean;
}

// candidate := Han ( "(" | "（" ) [space] letters [tone digit] [space] ( ")" | "）" ) +
// Some converters pad the syllable: 會(huì ).
const CANDIDATE = /(\p{Script=Han})((?:[(（] ?[\p{L}\p{M}:]{1,8}[1-5]? ?[)）])+)/gu;
const GROUP = /[(（] ?([\p{L}\p{M}:]{1,8}[1-5]?) ?[)）]/gu;
// A syllable with a tone mark after a character that is no longer Han (mojibake ate it: 诰W(wǎng)): only pinyin
// is written with tone marks, so it is an annotation whatever stands before it.
const TONED_AFTER_OTHER = /([^\s\p{Script=Han}(（)）])([(（] ?([\p{L}\p{M}]{1,8}) ?[)）])/gu;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

const readingsCache = new Map<string, ReadonlySet<string> | null>();

/** Toneless readings of a character (Traditional or Simplified), or null when the dictionary does not know it. */
export function readingsOf(char: string): ReadonlySet<string> | null {
  const cached = readingsCache.get(char);
  if (cached !== undefined) return cached;
  const readings = new Set<string>();
  for (const candidate of simplifiedCandidates(char)) {
    for (const reading of polyphonic(candidate, { type: 'array', toneType: 'none' })[0] ?? []) {
      const syllable = parsePinyinSyllable(reading);
      if (syllable) readings.add(syllable.base);
    }
  }
  const result = readings.size > 0 ? readings : null;
  readingsCache.set(char, result);
  return result;
}

/** Finds parenthesised single syllables after Han characters and decides which are annotations. */
export function findPinyinAnnotations(text: string, options: PinyinOptions = {}): PinyinAnnotation[] {
  const checkReading = options.checkReading ?? true;
  const found: PinyinAnnotation[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [, char = '', groups = ''] = match;
    const offset = match.index + char.length;
    for (const group of groups.matchAll(GROUP)) {
      const syllable = parsePinyinSyllable(group[1] ?? '');
      if (!syllable) break;
      const readings = checkReading ? readingsOf(char) : null;
      const isAnnotation = readings === null || readings.has(syllable.base);
      const start = offset + group.index;
      found.push({ start, end: start + group[0].length, char, syllable: group[1] ?? '', isAnnotation });
      if (!isAnnotation) break;
    }
  }
  for (const match of text.matchAll(TONED_AFTER_OTHER)) {
    const [, char = '', group = '', letters = ''] = match;
    if (!TONE_MARK.test(letters) || !parsePinyinSyllable(letters)) continue;
    // After a Latin word (car(chē)) the bracket is the writer's; after a lone letter left by mojibake it is not.
    if (/[A-Za-z\u00C0-\u024F]/u.test(char) && /[A-Za-z\u00C0-\u024F]/u.test(text[match.index - 1] ?? '')) continue;
    const start = match.index + char.length;
    found.push({ start, end: start + group.length, char, syllable: letters, isAnnotation: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Removes pinyin annotations from a string (no positions, no report). */
export function stripPinyin(text: string, options: PinyinOptions = {}): string {
  let result = '';
  let cursor = 0;
  for (const annotation of findPinyinAnnotations(text, options)) {
    if (!annotation.isAnnotation) continue;
    result += text.slice(cursor, annotation.start);
    cursor = annotation.end;
  }
  return result + text.slice(cursor);
}

function stripNode(node: Text, file: VFile, options: PinyinOptions): void {
  const edits: Edit[] = [];
  for (const annotation of findPinyinAnnotations(node.value, options)) {
    const place = placeOf(node, annotation.start, annotation.end);
    const written = node.value.slice(annotation.start, annotation.end);
    if (annotation.isAnnotation) {
      edits.push({ start: annotation.start, end: annotation.end });
      recordRemoval(file, { kind: 'pinyin', text: written, line: place.start.line, column: place.start.column });
    } else {
      const message = file.info(`保留了“${annotation.char}${written}”：括号里像拼音，但不是“${annotation.char}”的读音，请确认是否为注音`, {
        place,
        ruleId: 'pinyin-not-a-reading',
        source: 'jindu-clean',
      });
      message.actual = written;
    }
  }
  if (edits.length === 0) return;
  applyEdits(node, edits);
  tidyText(node, options.whitespace);
}

/** unified plugin: strip pinyin annotations, recording each removal on `file.data.removed`. */
export const stripPinyinAnnotations: Plugin<[PinyinOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    for (const { text } of paragraphTexts(tree)) stripNode(text, file, options);
  };
};
