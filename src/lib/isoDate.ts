// Calendar dates as ISO strings (YYYY-MM-DD), compared as strings and never as local-time Date objects,
// so a build in any time zone gives the same pages.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD: rejects 2023-02-30, which Date and YAML silently roll over. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The UTC calendar date of a Date, as YAML loaders produce them for unquoted `date: 2023-05-10`. */
export function isoDateFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return isoDateFromDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** Chinese long form: 2023年5月10日. */
export function formatIsoDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}
