// Dates as reports state them: "4月19日", "5月份", "7月底", "年底前". A plan stated to the month must not be
// drawn or judged as if it named a day, so every date carries its precision and maps to a window.
//
// Grammar of `date` by precision:
//   day                                              YYYY-MM-DD
//   early-month | mid-month | late-month | month |
//   end-of-month                                     YYYY-MM      (上旬, 中旬, 下旬, 5月份, 7月底)
//   quarter                                          YYYY-Qn      (第n季度)
//   half-year                                        YYYY-Hn      (上半年 H1, 下半年 H2)
//   year | end-of-year                               YYYY         (2023年, 年底)
// `before: true` turns the date into a deadline ("……前"): anything up to the window's end keeps the promise.

import { daysInMonth, isIsoDate, isoDate, formatIsoDate } from './isoDate.ts';

export const datePrecisions = [
  'day',
  'early-month',
  'mid-month',
  'late-month',
  'end-of-month',
  'month',
  'quarter',
  'half-year',
  'end-of-year',
  'year',
] as const;

export type DatePrecision = (typeof datePrecisions)[number];

export interface FuzzyDate {
  date: string;
  precision: DatePrecision;
  before?: boolean | undefined;
}

/** Where a fuzzy date falls: `start` is null for a deadline, `shape` says how a chart should draw it honestly. */
export interface DateWindow {
  start: string | null;
  end: string;
  shape: 'point' | 'span' | 'deadline';
}

const PATTERNS: Record<DatePrecision, { pattern: RegExp; example: string }> = {
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, example: '2023-04-19' },
  'early-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2023-05' },
  'mid-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2023-05' },
  'late-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2023-05' },
  'end-of-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2023-07' },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, example: '2023-05' },
  quarter: { pattern: /^\d{4}-Q[1-4]$/, example: '2023-Q2' },
  'half-year': { pattern: /^\d{4}-H[12]$/, example: '2023-H1' },
  'end-of-year': { pattern: /^\d{4}$/, example: '2023' },
  year: { pattern: /^\d{4}$/, example: '2023' },
};

/** Why a fuzzy date is malformed, or null when it is fine. */
export function fuzzyDateProblem(value: FuzzyDate): string | null {
  const rule = PATTERNS[value.precision];
  if (!rule.pattern.test(value.date) || (value.precision === 'day' && !isIsoDate(value.date))) {
    const what = value.precision === 'day' ? '真实存在的日期' : '日期';
    return `精度为 ${value.precision} 时，应为写成 ${rule.example} 这样的${what}`;
  }
  return null;
}

function parts(value: FuzzyDate): { year: number; month: number; day: number; n: number } {
  const year = Number(value.date.slice(0, 4));
  const month = value.date.length >= 7 && value.date[5] !== 'Q' && value.date[5] !== 'H' ? Number(value.date.slice(5, 7)) : 1;
  const day = value.date.length === 10 ? Number(value.date.slice(8, 10)) : 1;
  const n = value.date[5] === 'Q' || value.date[5] === 'H' ? Number(value.date[6]) : 0;
  return { year, month, day, n };
}

/** The window of calendar days a fuzzy date covers. */
export function dateWindow(value: FuzzyDate): DateWindow {
  const { year, month, day, n } = parts(value);
  const last = daysInMonth(year, month);
  let start: string;
  let end: string;
  let shape: DateWindow['shape'] = 'span';
  switch (value.precision) {
    case 'day':
      start = end = isoDate(year, month, day);
      shape = 'point';
      break;
    case 'early-month':
      [start, end] = [isoDate(year, month, 1), isoDate(year, month, 10)];
      break;
    case 'mid-month':
      [start, end] = [isoDate(year, month, 11), isoDate(year, month, 20)];
      break;
    case 'late-month':
      [start, end] = [isoDate(year, month, 21), isoDate(year, month, last)];
      break;
    case 'end-of-month':
      start = end = isoDate(year, month, last);
      shape = 'point';
      break;
    case 'month':
      [start, end] = [isoDate(year, month, 1), isoDate(year, month, last)];
      break;
    case 'quarter': {
      const first = (n - 1) * 3 + 1;
      [start, end] = [isoDate(year, first, 1), isoDate(year, first + 2, daysInMonth(year, first + 2))];
      break;
    }
    case 'half-year':
      [start, end] = n === 1 ? [isoDate(year, 1, 1), isoDate(year, 6, 30)] : [isoDate(year, 7, 1), isoDate(year, 12, 31)];
      break;
    case 'end-of-year':
      start = end = isoDate(year, 12, 31);
      shape = 'point';
      break;
    case 'year':
      [start, end] = [isoDate(year, 1, 1), isoDate(year, 12, 31)];
      break;
  }
  return value.before ? { start: null, end, shape: 'deadline' } : { start, end, shape };
}

const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** Chinese wording a reader expects: 2023年7月底, 2023年年底前, 2023年5月上旬. */
export function formatFuzzyDate(value: FuzzyDate): string {
  const { year, month, n } = parts(value);
  const text = ((): string => {
    switch (value.precision) {
      case 'day':
        return formatIsoDate(value.date);
      case 'early-month':
        return `${year}年${month}月上旬`;
      case 'mid-month':
        return `${year}年${month}月中旬`;
      case 'late-month':
        return `${year}年${month}月下旬`;
      case 'end-of-month':
        return `${year}年${month}月底`;
      case 'month':
        return `${year}年${month}月`;
      case 'quarter':
        return `${year}年${QUARTERS[n - 1]}`;
      case 'half-year':
        return `${year}年${n === 1 ? '上半年' : '下半年'}`;
      case 'end-of-year':
        return `${year}年年底`;
      case 'year':
        return `${year}年`;
    }
  })();
  return value.before ? `${text}前` : text;
}

/** Orders fuzzy dates by the end of their window, then by the start (deadlines first). */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const wa = dateWindow(a);
  const wb = dateWindow(b);
  if (wa.end !== wb.end) return wa.end < wb.end ? -1 : 1;
  return (wa.start ?? '').localeCompare(wb.start ?? '');
}
