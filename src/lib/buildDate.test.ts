import { describe, expect, it } from 'vitest';
import { buildDate } from './buildDate.ts';

describe('buildDate(env, now)', () => {
  it('is the UTC date of the build unless JINDU_TODAY pins it', () => {
    expect(buildDate({}, new Date(Date.UTC(2026, 10, 25, 23, 30)))).toBe('2026-11-25');
    expect(buildDate({ JINDU_TODAY: '2023-06-01' }, new Date())).toBe('2023-06-01');
  });
  it('refuses a date that is not one, in one line', () => {
    expect(() => buildDate({ JINDU_TODAY: '2023-02-30' }, new Date())).toThrow('JINDU_TODAY: expected a date written YYYY-MM-DD, got "2023-02-30"');
  });
});
