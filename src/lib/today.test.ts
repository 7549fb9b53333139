import { describe, expect, it } from 'vitest';
import { resolveToday } from './today.ts';

describe('resolveToday(env, now)', () => {
  it('is the date in China, whatever the machine’s time zone', () => {
    // 2023-05-09 20:30 UTC is already 2023-05-10 in Beijing.
    expect(resolveToday({}, new Date('2023-05-09T20:30:00Z'))).toEqual({ ok: true, date: '2023-05-10', fromEnvironment: false });
    expect(resolveToday({}, new Date('2023-05-09T15:30:00Z'))).toEqual({ ok: true, date: '2023-05-09', fromEnvironment: false });
  });

  it('takes JINDU_TODAY when set, and explains a date that does not exist', () => {
    expect(resolveToday({ JINDU_TODAY: '2024-02-29' })).toEqual({ ok: true, date: '2024-02-29', fromEnvironment: true });
    expect(resolveToday({ JINDU_TODAY: '2023-02-29' })).toEqual({ ok: false, reason: 'JINDU_TODAY：“2023-02-29”不是写成 YYYY-MM-DD 的真实日期，应像 2023-05-10' });
  });
});
