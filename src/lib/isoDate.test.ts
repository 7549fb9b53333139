import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatIsoDate, isIsoDate, isoDateFromDate } from './isoDate.ts';

describe('isIsoDate(value)', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2023-05-10')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
  it('rejects dates that Date and YAML would silently roll over', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
  });
  it('rejects other spellings', () => {
    for (const value of ['2023-5-10', '2023/05/10', '20230510', '2023-05-10T00:00', ' 2023-05-10', '2023年5月10日']) {
      expect(isIsoDate(value), value).toBe(false);
    }
  });
});

describe('day arithmetic', () => {
  it('daysBetween(from, to) counts whole days across months and leap days', () => {
    expect(daysBetween('2023-05-31', '2023-06-20')).toBe(20);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-06-20', '2023-05-31')).toBe(-20);
  });
  it('addDays(date, n) moves across year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });
  it('isoDateFromDate(date) keeps the UTC calendar day a YAML loader produced', () => {
    expect(isoDateFromDate(new Date(Date.UTC(2023, 4, 10)))).toBe('2023-05-10');
  });
});

describe('formatIsoDate(date)', () => {
  it('writes the Chinese long form without leading zeros', () => {
    expect(formatIsoDate('2023-05-01')).toBe('2023年5月1日');
    expect(formatIsoDate('2023-12-31')).toBe('2023年12月31日');
  });
});
