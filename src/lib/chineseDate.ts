// Dates as news articles write them (去年6月20日, 今年10月31日前, 7月底, 年底前, 2024年上半年, 三季度) read into
// fuzzy dates: the inverse of formatFuzzyDate. A date without a year takes the article's year; 今年/去年/明年 count
// from it. Nothing here guesses beyond the words: 5月份 is a month, not a day in it.

import { isIsoDate, isoDate } from './isoDate.ts';
import type { FuzzyDate } from './fuzzyDate.ts';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  date: FuzzyDate;
}

const CHINESE_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const RELATIVE_YEARS: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 当年: 0, 明年: 1, 后年: 2 };

const YEAR = '(?:(\\d{4})年|(前年|去年|今年|当年|明年|后年))';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?';
// 20日, and in the Chinese numerals official texts use after a month (六月二十日).
// 二号 in Chinese numerals names a thing (二号机组), not a day.
const DAY = '(\\d{1,2}|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日))[日号]';
const PART_OF_MONTH = '(上旬|初|中旬|下旬|底|末)';
const BEFORE = '(前|之前|以前)?';

// One pattern, alternatives from the most to the least precise: 2024年6月20日 before 2024年6月 before 2024年.
const DATE_PATTERN = new RegExp(
  '(?:' +
  [
    `${YEAR}?${MONTH}(?:${DAY}|${PART_OF_MONTH})?`,
    `${YEAR}?(?:第?([一二三四1-4])季度)`,
    `${YEAR}?([上下])半年`,
    // 年底, 2024年底, 去年底: the 年 of a year counts for the one of 年底.
    `${YEAR}?((?:年|(?<=年))(?:底|末))`,
    `${YEAR}(?!\\d)`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') +
    ')' +
    BEFORE,
  'gu',
);

function monthNumber(text: string): number {
  return CHINESE_NUMBERS[text] ?? Number(text);
}

/** A day of the month in digits or Chinese numerals (二十, 三十一, 十五, 八). */
function dayNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (text.includes('十') ? (tens ? CHINESE_NUMBERS[tens]! : 1) * 10 : 0) + (ones ? CHINESE_NUMBERS[ones]! : 0);
}

function yearOf(absolute: string | undefined, relative: string | undefined, referenceYear: number): number {
  if (absolute) return Number(absolute);
  return referenceYear + (relative ? RELATIVE_YEARS[relative] ?? 0 : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

const PART_PRECISION = { 上旬: 'early-month', 初: 'early-month', 中旬: 'mid-month', 下旬: 'late-month', 底: 'end-of-month', 末: 'end-of-month' } as const;

const YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Full-width digits (６月２０日) and a year in Chinese numerals (二〇二三年) become ASCII one for one, so offsets stay
 * the same.
 */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年)/gu, (year) => [...year].map((char) => YEAR_DIGITS[char]).join(''));
}

/** Every date in a text, read against the date the text was published (YYYY-MM-DD). */
export function findDates(input: string, published: string): FoundDate[] {
  const text = normalise(input);
  const referenceYear = Number(published.slice(0, 4));
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE_PATTERN)) {
    const g = match.slice(1);
    const before = match.at(-1) !== undefined;
    let date: FuzzyDate | undefined;
    if (g[2] !== undefined) {
      // Month, with a day or a part of it.
      const year = yearOf(g[0], g[1], referenceYear);
      const month = monthNumber(g[2]);
      if (month < 1 || month > 12) continue;
      if (g[3] !== undefined) {
        const day = isoDate(year, month, dayNumber(g[3]));
        if (!isIsoDate(day)) continue;
        date = { date: day, precision: 'day' };
      } else {
        const part = g[4] as keyof typeof PART_PRECISION | undefined;
        date = { date: `${year}-${pad(month)}`, precision: part ? PART_PRECISION[part] : 'month' };
      }
    } else if (g[7] !== undefined) {
      const year = yearOf(g[5], g[6], referenceYear);
      const quarter = CHINESE_NUMBERS[g[7]] ?? Number(g[7]);
      date = { date: `${year}-Q${quarter}`, precision: 'quarter' };
    } else if (g[10] !== undefined) {
      const year = yearOf(g[8], g[9], referenceYear);
      date = { date: `${year}-H${g[10] === '上' ? 1 : 2}`, precision: 'half-year' };
    } else if (g[13] !== undefined) {
      date = { date: String(yearOf(g[11], g[12], referenceYear)), precision: 'end-of-year' };
    } else if (g[14] !== undefined || g[15] !== undefined) {
      date = { date: String(yearOf(g[14], g[15], referenceYear)), precision: 'year' };
    }
    if (!date) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: input.slice(match.index, match.index + match[0].length), date: before ? { ...date, before: true } : date });
  }
  found.push(...relativeDays(text, published, found).map((day) => ({ ...day, text: input.slice(day.start, day.end) })));
  const festivals = springFestivals(text, published, found).map((day) => ({ ...day, text: input.slice(day.start, day.end) }));
  // 今年春节 is the festival, not the year.
  return [...found.filter((date) => !festivals.some((festival) => date.start >= festival.start && date.end <= festival.end)), ...festivals].sort((a, b) => a.start - b.start);
}

// Days the text names against its own date: 今天, 昨日, 前天; 本月1日; a day alone (28日: this month, or last month when
// it is after the article's day; the month of the day before it in a range or list: 5月10日至12日, 6月20日、21日); and
// 当日/当天, the day the text named last.
// A day count is not a day: 提前5日, 历时8日, 为期30日, 工期30日, 仅需5日, 5日内.
const RELATIVE_DAY = /(今天|今日|昨天|昨日|前天|当日|当天)|(?<![月\d]|提前|推迟|延后|延期|延长|缩短|历时|用时|耗时|用了|仅用|只用|花了|花费|为期|工期|周期|需要|需|仅|只|短短|整整|不到|不足|前|共|约|近|第|连续|每|逾|超过|达)(本月)?(\d{1,2})[日号](?![前后以内之多左])/gu;
// Between two days of a range or a list: 5月10日至12日, 6月20日、21日.
const DAY_LINK = /^\s*(?:至|到|~|-|–|—{1,2}|〜|、|和|及|与|或)\s*$/u;
const DAY_FOLLOWERS = /^(?:上午|下午|中午|晚|早|凌晨|夜|起|开始|正式|在|举行|将|已|至|到|当天|当日|这天|那天|前后|以来|召开|完成|实现|顺利)/u;
const DAY_OFFSETS: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2 };

function shiftDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function relativeDays(text: string, published: string, dated: readonly FoundDate[]): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(RELATIVE_DAY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (dated.some((other) => start < other.end && other.start < end)) continue;
    let iso: string | undefined;
    if (match[1] !== undefined && match[1] in DAY_OFFSETS) iso = shiftDays(published, DAY_OFFSETS[match[1]]!);
    else if (match[1] !== undefined) {
      // 当日: the last day-precise date before it.
      const last = [...dated, ...found].filter((other) => other.end <= start && other.date.precision === 'day').sort((a, b) => a.end - b.end).at(-1);
      iso = last?.date.date;
    } else {
      // 8号机组, 3号线, 2号楼: a number naming a thing, not a day.
      if (match[0].endsWith('号') && /^\p{Script=Han}/u.test(text.slice(end)) && !DAY_FOLLOWERS.test(text.slice(end))) continue;
      const day = Number(match[3]);
      const [year, month, today] = published.split('-').map(Number) as [number, number, number];
      const thisMonth = isoDate(year, month, day);
      const previous = month === 1 ? isoDate(year - 1, 12, day) : isoDate(year, month - 1, day);
      // The second day of a range or list is in the first one's month.
      const first = [...dated, ...found].filter((other) => other.end <= start && other.date.precision === 'day').sort((a, b) => a.end - b.end).at(-1);
      const sameMonth = match[2] === undefined && first && DAY_LINK.test(text.slice(first.end, start)) ? isoDate(Number(first.date.date.slice(0, 4)), Number(first.date.date.slice(5, 7)), day) : undefined;
      iso = sameMonth ?? (match[2] !== undefined || day <= today ? thisMonth : previous);
      if (!isIsoDate(iso)) iso = undefined;
    }
    if (iso) found.push({ start, end, text: match[0], date: { date: iso, precision: 'day' } });
  }
  return found;
}

// 春节前 (before the Spring Festival) is a common deadline. The festival is the first day of the Chinese calendar's
// year, which ICU knows (Intl's chinese calendar); 春节 alone is the one nearest the article's date.
const SPRING_FESTIVAL = /(前年|去年|今年|明年|后年|(\d{4})年)?春节(前|之前|以前)?/gu;
const lunarMonthDay = new Intl.DateTimeFormat('zh-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** The Gregorian date of the Spring Festival in a Gregorian year (it falls between 21 January and 20 February). */
export function springFestival(year: number): string | undefined {
  for (let day = new Date(Date.UTC(year, 0, 20)); day.getUTCMonth() < 2 && day.getUTCDate() <= 31; day.setUTCDate(day.getUTCDate() + 1)) {
    const parts = lunarMonthDay.formatToParts(day);
    if (parts.find((part) => part.type === 'month')?.value === '1' && parts.find((part) => part.type === 'day')?.value === '1') return day.toISOString().slice(0, 10);
    if (day.getUTCMonth() === 1 && day.getUTCDate() > 21) break;
  }
  return undefined;
}

function springFestivals(text: string, published: string, dated: readonly FoundDate[]): FoundDate[] {
  const found: FoundDate[] = [];
  const year = Number(published.slice(0, 4));
  for (const match of text.matchAll(SPRING_FESTIVAL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (dated.some((other) => start < other.end && other.start < end && !(other.start >= start && other.end <= end))) continue;
    let iso: string | undefined;
    if (match[1] !== undefined) iso = springFestival(match[2] !== undefined ? Number(match[2]) : year + (RELATIVE_YEARS[match[1]] ?? 0));
    else {
      // The festival nearest the article: in December, the coming one.
      const candidates = [year - 1, year, year + 1].map(springFestival).filter((day): day is string => day !== undefined);
      const distance = (day: string) => Math.abs(Date.parse(day) - Date.parse(published));
      iso = candidates.sort((a, b) => distance(a) - distance(b))[0];
    }
    if (iso) found.push({ start, end, text: match[0], date: match[3] !== undefined ? { date: iso, precision: 'day', before: true } : { date: iso, precision: 'day' } });
  }
  return found;
}
