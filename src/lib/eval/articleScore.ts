// Scores one imported article against what a careful editor would publish, with the measures of the corpus's
// score.py (pinyin left, Han recall and precision, clutter left, must-keep strings, headline, date, Traditional
// characters, half-width punctuation) plus what it does not score: publication, byline, damage warnings.
// A TODO placeholder counts as "not found", which is what the importer writes when a page states nothing.
import { parse as parseYaml } from 'yaml';
import { Converter } from 'opencc-js';
import { isTodo } from '../todo.ts';
import type { ExpectedArticle } from './corpus.ts';
import { matchingCharacters } from './matchingBlocks.ts';

const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN = new RegExp(`[${HAN_CLASS}]`, 'gu');
const IS_HAN = new RegExp(`^[${HAN_CLASS}]$`, 'u');
const SIGNIFICANT = new RegExp(`[${HAN_CLASS}A-Za-z0-9]`, 'gu');
// 項(xiàng), 重(zhong), 會(huì ): an annotation left after any character (score.py's pattern).
const PINYIN = /(?<=\S)[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7} ?[)）]/gu;
const COMMA_BETWEEN_HAN = new RegExp(`(?<=[${HAN_CLASS}])[,;](?=[${HAN_CLASS}])`, 'gu');
// Any half-width mark a copy desk sets full-width beside Chinese: after a Han character, or before one.
const HALF_WIDTH_BESIDE_HAN = new RegExp(`(?<=[${HAN_CLASS}])[,;:?!()]|[,;:?!()](?=[${HAN_CLASS}])`, 'gu');
const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };

const toSimplified = Converter({ from: 't', to: 'cn' });

const han = (text: string) => text.match(HAN)?.join('') ?? '';
const significant = (text: string) => text.match(SIGNIFICANT)?.join('') ?? '';
const normalizeSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();
const withoutPinyin = (text: string) => text.replace(PINYIN, '');

export interface ImportedFile {
  title: string | undefined;
  date: string | undefined;
  publication: string | undefined;
  byline: string | undefined;
  body: string;
}

/** Reads an imported article: YAML frontmatter (title, date, source.publication, byline) and the body. */
export function readImportedFile(text: string): ImportedFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(text);
  let meta: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]!);
      if (parsed && typeof parsed === 'object') meta = parsed as Record<string, unknown>;
    } catch {
      meta = {};
    }
  }
  const text_ = (value: unknown): string | undefined => {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    return isTodo(value as unknown) ? undefined : value.trim();
  };
  const dateValue = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : meta.date;
  const source = meta.source && typeof meta.source === 'object' ? (meta.source as Record<string, unknown>) : {};
  const title = text_(meta.title);
  let body = match ? text.slice(match[0].length) : text;
  // A first heading that repeats the title is not body (score.py does the same).
  const lines = body.replace(/^\n+/u, '').split('\n');
  if (title && lines[0]?.startsWith('#') && significant(lines[0]) === significant(title)) body = lines.slice(1).join('\n');
  return { title, date: text_(dateValue), publication: text_(source.publication), byline: text_(meta.byline), body };
}

export interface ArticleScore {
  pinyinLeft: number;
  /** Percent of the expected Han characters (title + body) found in order. */
  recall: number;
  /** Percent of the output's Han characters (title + body, optional lines aside) that match. */
  precision: number;
  clutterLeft: string[];
  clutterLines: number;
  mustKeepMissing: string[];
  mustKeep: number;
  /** `right`, `todo` (none found, as expected), `missed` (none found, one expected) or `wrong` (a different line). */
  title: 'right' | 'todo' | 'missed' | 'wrong';
  date: 'right' | 'none' | 'missed' | 'wrong';
  publication: 'right' | 'none' | 'missed' | 'wrong';
  byline: 'right' | 'none' | 'missed' | 'wrong' | 'in-body';
  traditionalLeft: number;
  /** Half-width `, ;` between two Han characters (score.py's measure). */
  commaBetweenHan: number;
  /** Half-width `, ; : ? ! ( )` beside Chinese beyond what the expected text keeps (damaged passages keep theirs). */
  halfWidthBesideHan: number;
  /** Raw lines with real damage that the importer warned about, of those expected. */
  damageFound: number;
  damageExpected: number;
  /** Warnings on lines the answer key does not list as damaged. */
  damageFalse: number;
  /** Which metadata the page states, so a summary can count what was expected. */
  states: { title: boolean; date: boolean; publication: boolean; byline: boolean };
}

function compare(expected: string | null | undefined, found: string | undefined, same: (a: string, b: string) => boolean) {
  if (!expected) return found === undefined ? ('none' as const) : ('wrong' as const);
  if (found === undefined) return 'missed' as const;
  return same(expected, found) ? ('right' as const) : ('wrong' as const);
}

const dateOf = (value: string) => /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/u.exec(value);
function normalizedDate(value: string): string {
  const match = dateOf(value);
  if (!match) return '';
  const month = match[2]!.padStart(2, '0');
  return `${match[1]}-${month}${match[3] ? `-${match[3].padStart(2, '0')}` : ''}`;
}

const normalizeByline = (text: string) => normalizeSpace(text.replace(/[,，]/gu, '、'));

/**
 * Scores one imported file. `damageLines` are the raw line numbers the importer warned about as damaged.
 */
export function scoreArticle(expected: ExpectedArticle, output: string, damageLines: readonly number[] = []): ArticleScore {
  const file = readImportedFile(output);
  const title = file.title ?? '';
  const full = title ? `${title}\n${file.body}` : file.body;

  const expectedHan = han(expected.title ?? '') + han(expected.clean_simplified);
  const optional = new Set([...(expected.optional_lines_clean ?? []), ...(expected.optional_lines ?? [])].map(significant).filter(Boolean));
  const bodyKept = file.body.split('\n').filter((line) => !optional.has(significant(withoutPinyin(line))));
  const outputHan = han(title) + han(bodyKept.join('\n'));
  const matched = matchingCharacters([...expectedHan], [...outputHan]);

  const outputLines = new Set(full.split('\n').map((line) => significant(withoutPinyin(line))));
  const whole = significant(withoutPinyin(full));
  const clean = expected.chrome_lines_clean ?? expected.chrome_lines;
  const clutterLeft: string[] = [];
  let clutterLines = 0;
  expected.chrome_lines.forEach((raw, i) => {
    const forms = [significant(clean[i] ?? raw), significant(withoutPinyin(raw))].filter(Boolean);
    if (forms.length === 0) return;
    clutterLines++;
    if (forms.some((form) => outputLines.has(form) || (form.length >= 6 && whole.includes(form)))) clutterLeft.push(raw.trim());
  });

  const fullSpaced = normalizeSpace(full);
  const fullWide = normalizeSpace([...full].map((char) => FULL_WIDTH[char] ?? char).join(''));
  const mustKeepMissing = expected.must_keep.filter((keep) => !fullSpaced.includes(normalizeSpace(keep)) && !fullWide.includes(normalizeSpace(keep)));

  const titleResult = expected.title
    ? file.title === undefined
      ? 'missed'
      : significant(expected.title) === significant(file.title)
        ? 'right'
        : 'wrong'
    : file.title === undefined
      ? 'todo'
      : 'wrong';

  const dates = [expected.date, ...(expected.date_alternatives ?? [])].filter((date): date is string => Boolean(date));
  const date = !dates.length
    ? file.date === undefined
      ? 'none'
      : 'wrong'
    : file.date === undefined
      ? 'missed'
      : dates.includes(normalizedDate(file.date))
        ? 'right'
        : 'wrong';

  const publication = compare(expected.publication, file.publication, (a, b) => significant(a) === significant(b));
  let byline: ArticleScore['byline'] = compare(expected.byline, file.byline, (a, b) => normalizeByline(a) === normalizeByline(b));
  // A byline line left as body, not moved to the frontmatter.
  if (byline === 'missed' && expected.byline && file.body.split('\n').some((line) => normalizeByline(line).endsWith(normalizeByline(expected.byline!)) && line.length < expected.byline!.length + 8))
    byline = 'in-body';

  const expectedText = `${expected.title ?? ''}\n${expected.clean_simplified}`;
  const beside = (text: string) => text.match(HALF_WIDTH_BESIDE_HAN)?.length ?? 0;
  const damaged = new Set(expected.damaged_lines ?? []);
  const warned = new Set(damageLines);

  return {
    pinyinLeft: full.match(PINYIN)?.length ?? 0,
    recall: expectedHan ? (100 * matched) / [...expectedHan].length : 100,
    precision: outputHan ? (100 * matched) / [...outputHan].length : 0,
    clutterLeft,
    clutterLines,
    mustKeepMissing,
    mustKeep: expected.must_keep.length,
    title: titleResult,
    date,
    publication,
    byline,
    traditionalLeft: [...full].filter((char) => IS_HAN.test(char) && toSimplified(char) !== char).length,
    commaBetweenHan: full.match(COMMA_BETWEEN_HAN)?.length ?? 0,
    halfWidthBesideHan: Math.max(0, beside(full) - beside(expectedText)),
    damageFound: [...damaged].filter((line) => warned.has(line)).length,
    damageExpected: damaged.size,
    damageFalse: [...warned].filter((line) => !damaged.has(line)).length,
    states: { title: Boolean(expected.title), date: dates.length > 0, publication: Boolean(expected.publication), byline: Boolean(expected.byline) },
  };
}
