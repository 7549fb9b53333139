// Dates as web pages print them: 2023-05-10, 2023/5/10, 2023.05.10, 2023年5月10日, and the day-first
// 09.12.2015 of some European-made templates. A date is only read as a publication date when the caller
// knows it stands in a page's metadata; this module only reads it.
import { isIsoDate, isoDate } from '../isoDate.ts';

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

// ymd := YYYY sep M sep D [日], sep := - / . 年 月 (spaces allowed)
const YMD = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?:\s*日)?/gu;
// dmy := DD.MM.YYYY or DD/MM/YYYY: which of the first two is the month is decided below.
const DMY = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/gu;

/**
 * Every calendar date in `text`. For a day-first or month-first date (09.12.2015) the reading whose month is
 * `monthHint` wins (the dateline's 12月8日讯 says it is December), else the one a 13 or more rules out, else
 * day first, as the templates that write dots do.
 */
export function findDates(text: string, monthHint?: number): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(YMD)) {
    const iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (isIsoDate(iso)) found.push({ iso, index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(DMY)) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayFirst = isoDate(year, b, a);
    const monthFirst = isoDate(year, a, b);
    const readings = [dayFirst, monthFirst].filter(isIsoDate);
    if (!readings.length) continue;
    const hinted = monthHint === undefined ? undefined : readings.find((iso) => Number(iso.slice(5, 7)) === monthHint);
    found.push({ iso: hinted ?? readings[0]!, index: match.index, length: match[0].length });
  }
  return found.sort((x, y) => x.index - y.index);
}

/** The first date in `text`, or undefined. */
export function findDate(text: string, monthHint?: number): FoundDate | undefined {
  return findDates(text, monthHint)[0];
}
