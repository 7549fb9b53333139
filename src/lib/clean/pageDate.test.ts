import { describe, expect, it } from 'vitest';
import { findDate, findDates } from './pageDate.ts';

describe('findDate(text, monthHint)', () => {
  it('findDate reads the ways pages print a date', () => {
    for (const [text, iso] of [
      ['2023-05-10', '2023-05-10'],
      ['2023/5/1 09:30', '2023-05-01'],
      ['2023.05.10', '2023-05-10'],
      ['2023年5月10日 星期三', '2023-05-10'],
      ['发表于 2011-12-31 07:00:48', '2011-12-31'],
      ['@2023-05-23', '2023-05-23'],
    ] as const) {
      expect(findDate(text)?.iso, text).toBe(iso);
    }
  });

  it('findDate reads dotted dates day first, unless a 13 or the month hint says otherwise', () => {
    expect(findDate('09.12.2015  10:52')?.iso).toBe('2015-12-09');
    expect(findDate('09.12.2015', 9)?.iso).toBe('2015-09-12');
    expect(findDate('04.08.2017', 8)?.iso).toBe('2017-08-04');
    expect(findDate('12.25.2020')?.iso).toBe('2020-12-25');
  });

  it('findDate refuses dates that are not on the calendar', () => {
    expect(findDate('2023-02-30')).toBeUndefined();
    expect(findDate('项目总投资2023万元')).toBeUndefined();
  });

  it('findDates gives every date in order, with where it stands', () => {
    expect(findDates('2023-05-10 至 2023-06-01')).toEqual([
      { iso: '2023-05-10', index: 0, length: 10 },
      { iso: '2023-06-01', index: 13, length: 10 },
    ]);
  });
});
