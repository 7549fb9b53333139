// Chinese punctuation and spacing as mainland copy desks publish them (GB/T 15834 punctuation, GB/T 15835
// numbers), written down as zhlint and the "Chinese copywriting guidelines" also agree:
//
// - zh-punctuation: a half-width , ; : ? ! in Chinese text becomes ， ； ： ？ ！; a pair of round brackets becomes
//   （ ） when its content is Chinese, or it touches Chinese outside: (北京) → （北京）, 项目(PPP) → 项目（PPP）.
//   Half-width stays in numbers and Latin runs: 1,000, 10:52, 3:2, Volvo Cars, Inc., http://x.cn/a?b=1.
// - zh-spacing: a stray space inside Chinese text goes: between two Chinese characters (投资 以上), between
//   Chinese and a number (投资 500万元, 4 成, 20 亿元), and beside full-width punctuation (。 下一步). A space
//   between Chinese and a Latin word is the editor's choice and stays either way (the guidelines want one, copy
//   desks often do not); so do spaces that separate names in credits (（长江日报 记者杨菁 通讯员梅慧香）,
//   本报记者 杜清玉) and datelines (三湘都市报12月8日讯 今天), and, in a headline, the space between its parts.
//
// Fixes interact (a converted comma makes its neighbour Chinese; a removed space glues a number to Chinese), so
// the rules run until nothing changes, and the fixes are reported against the text as given: fixing twice
// changes nothing the second time. Pure: text in, fixes out.

import type { RuleId } from '../validate/rules/index.ts';

/** The two rules' ids, as the registry declares them. */
export type TypographyRule = Extract<RuleId, 'zh-punctuation' | 'zh-spacing'>;

/** What a removed space stood between. */
export type SpacingReason = 'between-chinese' | 'number' | 'beside-punctuation';

/** A range of UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** One place to fix. Shaped like an edit ({start, end, insert}), so it can be applied as one. */
export interface TypographyFix {
  rule: TypographyRule;
  /** UTF-16 offset of the place in the text given, end exclusive. */
  start: number;
  end: number;
  /** What stands there: a half-width mark, or the spaces. */
  found: string;
  /** What copy desks print instead: the full-width mark, or '' for spaces. */
  insert: string;
  /** For zh-spacing, what the space stood between. */
  reason?: SpacingReason;
}

export interface TypographyOptions {
  /** Ranges to leave exactly as they are, such as text flagged as damaged (an ASCII ? there stands for lost characters). */
  skip?: readonly TextRange[];
  /** The text is a headline: a space between two Chinese characters separates its parts and stays. */
  headline?: boolean;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

const HAN = /\p{Script=Han}/u;
// CJK and full-width punctuation (not U+3000, a space), kana, full-width letters and digits: Chinese typesetting.
const CJK_PUNCTUATION = /[\u3001-\u3004\u3008-\u3011\u3014-\u301F\u30FB\uFE10-\uFE19\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;
const CJK_OTHER = /[\p{Script=Hiragana}\p{Script=Katakana}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
// Shared by Chinese and Western text: Chinese only by their neighbours.
const SHARED = /[“”‘’…—–·～]/u;
const SPACE = /[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const BREAK = /[\n\r]/u;
const DIGIT = /[0-9]/u;
// Marks after which a ? is a lost character, not a question.
const LOST_AFTER = /[。，、；：]/u;
const LATIN_LETTER = /[A-Za-z]/u;
// A clock time keeps its space from the date before it: 2023年5月10日 10:52.
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

// Addresses: URLs and e-mail addresses keep every character (a?b=1, x:8080). Trailing sentence punctuation and
// an unmatched closing bracket are not part of the address.
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/gu;
const ADDRESS = /(?:(?:https?|ftp):\/\/|www\.)[!-~]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gu;

// Credits: the roles that name reporters, photographers and editors.
const CREDIT_ROLE = /记者|通讯员|实习生|摄影|摄像|摄|编辑|责编|作者|撰稿|报道|供图|供稿|制图|[文图]\s*[/／]/u;
const INLINE_CREDIT = /(?:记者|通讯员|实习生|摄影|摄像|编辑|责编|作者|撰稿|供图|制图)(?:[ \u3000]+[\p{Script=Han}·]{1,4}(?![\p{Script=Han}·]))+/gu;
// Sentence punctuation: a line with it is prose, not a credit line.
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/u;
const CREDIT_LINE_MAX = 60;
const CREDIT_BRACKET_MAX = 40;
// A dateline opening a paragraph: 本报讯, 定海新闻网讯, 三湘都市报12月8日讯, 安徽网 大皖客户端讯, 新华社北京5月10日电.
const DATELINE = /^[\p{Script=Han}\d·—\t \u3000]{0,40}?(?:日|报|网|端|台|社)[讯电](?=[\t \u3000]|$)/u;

const isHan = (c: string) => HAN.test(c);
const isCjkPunctuation = (c: string) => CJK_PUNCTUATION.test(c);
/** Chinese on its own: a Han character, full-width punctuation, kana, full-width letters. */
const isStrong = (c: string) => isHan(c) || isCjkPunctuation(c) || CJK_OTHER.test(c);
const isSpace = (c: string) => SPACE.test(c);
const isBreak = (c: string) => BREAK.test(c);
/** Part of a Latin or number run (letters, digits, ASCII punctuation, shared marks). */
const isWeak = (c: string) => !isStrong(c) && !isSpace(c) && !isBreak(c);

interface Decisions {
  replace: Map<number, string>;
  remove: Map<number, SpacingReason>;
}

/** The UTF-16 offset of each code point of `text`, and of its end: code point ranges to string ranges. */
export function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  return offsets;
}

/** Every place in `text` where its typography departs from what copy desks print, in text order. */
export function findTypographyFixes(text: string, options: TypographyOptions = {}): TypographyFix[] {
  const original = [...text];
  const offsets = codePointOffsets(text);

  const locked = lockedChars(text, original, offsets, options.skip ?? []);
  let chars = original;
  let origin = original.map((_, index) => index);
  let lock = locked;
  const replaced = new Map<number, string>();
  const removed = new Map<number, SpacingReason>();

  // Each pass only widens marks or removes spaces, so this ends; the last pass finds nothing.
  for (;;) {
    const decisions = decide(chars, lock, options.headline === true);
    if (decisions.replace.size === 0 && decisions.remove.size === 0) break;
    const next: string[] = [];
    const nextOrigin: number[] = [];
    const nextLock: boolean[] = [];
    chars.forEach((char, index) => {
      const reason = decisions.remove.get(index);
      if (reason) {
        removed.set(origin[index]!, reason);
        return;
      }
      const widened = decisions.replace.get(index);
      if (widened) replaced.set(origin[index]!, widened);
      next.push(widened ?? char);
      nextOrigin.push(origin[index]!);
      nextLock.push(lock[index]!);
    });
    chars = next;
    origin = nextOrigin;
    lock = nextLock;
  }

  const fixes: TypographyFix[] = [];
  for (let index = 0; index < original.length; index++) {
    const widened = replaced.get(index);
    if (widened) {
      fixes.push({ rule: 'zh-punctuation', start: offsets[index]!, end: offsets[index + 1]!, found: original[index]!, insert: widened });
      continue;
    }
    const reason = removed.get(index);
    if (!reason) continue;
    let end = index + 1;
    while (removed.has(end)) end++;
    fixes.push({ rule: 'zh-spacing', start: offsets[index]!, end: offsets[end]!, found: original.slice(index, end).join(''), insert: '', reason });
    index = end - 1;
  }
  return fixes;
}

/** The text with the fixes made (fixes as found for this text: sorted, not overlapping). */
export function applyTypographyFixes(text: string, fixes: readonly TypographyFix[]): string {
  let result = '';
  let cursor = 0;
  for (const fix of [...fixes].sort((a, b) => a.start - b.start)) {
    if (fix.start < cursor) throw new RangeError('applyTypographyFixes: overlapping fixes');
    result += text.slice(cursor, fix.start) + fix.insert;
    cursor = fix.end;
  }
  return result + text.slice(cursor);
}

/** The text as copy desks print it, and the fixes that made it. */
export function fixTypography(text: string, options: TypographyOptions = {}): { text: string; fixes: TypographyFix[] } {
  const fixes = findTypographyFixes(text, options);
  return { text: applyTypographyFixes(text, fixes), fixes };
}

/** Characters no rule may change: the ranges to skip, and addresses. */
function lockedChars(text: string, chars: string[], offsets: number[], skip: readonly TextRange[]): boolean[] {
  const ranges: TextRange[] = [...skip];
  for (const match of text.matchAll(ADDRESS)) {
    let address = match[0];
    for (;;) {
      const trimmed = address.replace(/[.,;:!?'"]+$/u, '');
      const opens = trimmed.split('(').length;
      const closes = trimmed.split(')').length;
      const next = trimmed.endsWith(')') && closes > opens ? trimmed.slice(0, -1) : trimmed;
      if (next === address) break;
      address = next;
    }
    ranges.push({ start: match.index, end: match.index + address.length });
  }
  // An HTML character reference left in scraped text (&amp; &#8220;) keeps its semicolon.
  for (const match of text.matchAll(ENTITY)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return chars.map((_, index) => ranges.some((range) => offsets[index]! < range.end && offsets[index + 1]! > range.start));
}

// Nothing any rule looks at: most published text.
const NOTHING_TO_FIX = /^[^,;:?!()\t \u00A0\u2000-\u200A\u202F\u205F\u3000]*$/u;

function decide(chars: string[], locked: boolean[], headline: boolean): Decisions {
  const decisions: Decisions = { replace: new Map(), remove: new Map() };
  if (NOTHING_TO_FIX.test(chars.join(''))) return decisions;
  widenMarks(chars, locked, decisions);
  widenBrackets(chars, locked, decisions);
  removeSpaces(chars, locked, headline, decisions);
  return decisions;
}

/** Chinese before index: the nearest character before it (past spaces) is Chinese, or ends a run glued to Chinese. */
function chineseBefore(chars: string[], index: number): boolean {
  let j = index - 1;
  while (j >= 0 && isSpace(chars[j]!)) j--;
  return gluedToChinese(chars, j, -1);
}

/** Chinese after index: the next character is Chinese, or starts a run glued to Chinese (5,1-11月). */
function chineseAfter(chars: string[], index: number): boolean {
  return gluedToChinese(chars, index + 1, 1);
}

/**
 * Whether the character at `from` is Chinese, or starts (going in `direction`) a Latin or number run that ends on
 * Chinese with no space: 85%; in 完成85%; is in Chinese text. Quotes and dashes take the side of what they
 * enclose, so “Hello, world!” in a Chinese sentence stays a Latin run.
 */
function gluedToChinese(chars: string[], from: number, direction: 1 | -1): boolean {
  let j = from;
  // Beyond the text counts as a line end.
  const at = (k: number) => chars[k] ?? '\n';
  if (SHARED.test(at(j))) {
    while (SHARED.test(at(j))) j += direction;
    return isStrong(at(j));
  }
  while (isWeak(at(j)) && !SHARED.test(at(j))) j += direction;
  return isStrong(at(j));
}

function widenMarks(chars: string[], locked: boolean[], decisions: Decisions): void {
  chars.forEach((char, index) => {
    if (locked[index] || !',;:?!'.includes(char)) return;
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    // 1,000 and 1,000,000: a thousands separator.
    if (char === ',' && DIGIT.test(before) && /^\d{3}(?!\d)/u.test(chars.slice(index + 1, index + 5).join(''))) return;
    // 10:52, 3:2: a time or a ratio.
    if (char === ':' && DIGIT.test(before) && DIGIT.test(after)) return;
    // 。? asks nothing: encoders write ? for a character they lost, which only the editor can restore.
    if (char === '?' && LOST_AFTER.test(before)) return;
    if (chineseBefore(chars, index) || chineseAfter(chars, index)) decisions.replace.set(index, FULL_WIDTH[char]!);
  });
}

/** Round brackets pair within a line; a pair with a half-width side turns full-width as a pair. */
function widenBrackets(chars: string[], locked: boolean[], decisions: Decisions): void {
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (isBreak(char)) open.length = 0;
    if (locked[index]) return;
    if (char === '(' || char === '（') open.push(index);
    if ((char !== ')' && char !== '）') || open.length === 0) return;
    const start = open.pop()!;
    const halfWidth = [start, index].filter((at) => chars[at] === '(' || chars[at] === ')');
    if (halfWidth.length === 0) return;
    const chinese =
      halfWidth.length === 1 ||
      chars.slice(start + 1, index).some(isHan) ||
      isStrong(chars[start - 1] ?? '') ||
      isStrong(chars[index + 1] ?? '');
    if (chinese) for (const at of halfWidth) decisions.replace.set(at, FULL_WIDTH[chars[at]!]!);
  });
}

/** A run of Latin or number characters around `index`, bounded by spaces, breaks and Chinese. */
function runAt(chars: string[], index: number, direction: 1 | -1): string {
  let j = index;
  const run: string[] = [];
  while (j >= 0 && j < chars.length && isWeak(chars[j]!)) {
    run.push(chars[j]!);
    j += direction;
  }
  return (direction === 1 ? run : run.reverse()).join('');
}

/** A number as written in Chinese text: digits with their signs and units (5.2, 1,000, 69.7%, 2023-05-10), no letters. */
function isNumber(run: string): boolean {
  return DIGIT.test(run) && !LATIN_LETTER.test(run) && !CLOCK.test(run);
}

function removeSpaces(chars: string[], locked: boolean[], headline: boolean, decisions: Decisions): void {
  let kept: Set<number> | undefined;
  for (let start = 0; start < chars.length; start++) {
    if (!isSpace(chars[start]!)) continue;
    let end = start;
    while (end < chars.length && isSpace(chars[end]!)) end++;
    const run = { start, end };
    start = end - 1;
    const before = chars[run.start - 1];
    const after = chars[run.end];
    if (before === undefined || after === undefined || isBreak(before) || isBreak(after)) continue;
    const inRun = (test: (j: number) => boolean) => {
      for (let j = run.start; j < run.end; j++) if (test(j)) return true;
      return false;
    };
    if (inRun((j) => locked[j] === true)) continue;
    // Beside full-width punctuation a space is never wanted, not even in a credit: 本报讯 （记者 王一）.
    const besidePunctuation = isCjkPunctuation(before) || isCjkPunctuation(after);
    kept ??= protectedSpaces(chars);
    if (!besidePunctuation && inRun((j) => kept!.has(j))) continue;
    const reason = besidePunctuation ? 'beside-punctuation' : spacingReason(chars, run, before, after, headline);
    if (reason) for (let j = run.start; j < run.end; j++) decisions.remove.set(j, reason);
  }
}

function spacingReason(chars: string[], run: TextRange, before: string, after: string, headline: boolean): SpacingReason | undefined {
  const chineseBefore = isStrong(before);
  const chineseAfter = isStrong(after);
  if ((chineseBefore && (chineseAfter || SHARED.test(after))) || (SHARED.test(before) && chineseAfter)) return headline ? undefined : 'between-chinese';
  if (chineseBefore && isNumber(runAt(chars, run.end, 1))) return 'number';
  if (chineseAfter && isNumber(runAt(chars, run.start - 1, -1))) return 'number';
  return undefined;
}

/** Spaces that separate names in credits and datelines, by index. */
function protectedSpaces(chars: string[]): Set<number> {
  const kept = new Set<number>();
  const keepSpaces = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (isSpace(chars[j]!)) kept.add(j);
  };
  let lineStart = 0;
  for (let index = 0; index <= chars.length; index++) {
    if (index < chars.length && !isBreak(chars[index]!)) continue;
    const line = chars.slice(lineStart, index);
    const text = line.join('');
    // Offsets in `text` are UTF-16; spaces and the characters the patterns match before them are counted by index below.
    const at = (utf16: number) => lineStart + [...text.slice(0, utf16)].length;

    // A credit line: 本报记者 张琪; ■记者 袁礼成 实习生 胡玲.
    if (line.length <= CREDIT_LINE_MAX && CREDIT_ROLE.test(text) && !SENTENCE_PUNCTUATION.test(text)) keepSpaces(lineStart, index);

    // A credit in brackets: （长江日报 记者杨菁 通讯员梅慧香）, (通讯员 石玲英).
    const open: number[] = [];
    line.forEach((char, j) => {
      if (char === '(' || char === '（') open.push(j);
      if ((char !== ')' && char !== '）') || open.length === 0) return;
      const start = open.pop()!;
      const inside = line.slice(start + 1, j).join('');
      if (j - start - 1 <= CREDIT_BRACKET_MAX && CREDIT_ROLE.test(inside) && !SENTENCE_PUNCTUATION.test(inside)) keepSpaces(lineStart + start + 1, lineStart + j);
    });

    // A credit inside a sentence: 本报记者 杜清玉摄; 记者 张三 通讯员 李四 报道.
    for (const match of text.matchAll(INLINE_CREDIT)) keepSpaces(at(match.index), at(match.index + match[0].length));

    // A dateline and the space after it, unless punctuation follows: 三湘都市报12月8日讯 今天.
    const dateline = DATELINE.exec(text);
    if (dateline) {
      let end = at(dateline[0].length);
      while (end < index && isSpace(chars[end]!)) end++;
      keepSpaces(lineStart, end < index && isCjkPunctuation(chars[end]!) ? at(dateline[0].length) : end);
    }
    lineStart = index + 1;
  }
  return kept;
}
