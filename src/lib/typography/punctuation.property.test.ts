// Properties of the typography fixes on text built from the pieces scraped Chinese news is made of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTypographyFixes, fixTypography, type TextRange } from './punctuation.ts';

const PIECES = [
  ...'项目开工建设投资亿元万园区北京记者讯日报摄',
  ...'0123456789',
  ...'AaBbPx',
  ...',;:?!()',
  ...'，；：？！（）。、“”…—%.-~/',
  ' ', ' ', '  ', '\u3000', '\u00A0', '\n',
  '𠀋', 'http://x.cn/a?b=1,c', 'www.x.cn', 'a@b.cn', '记者 王一', '通讯员 李二', '（晨报 记者张三）', '本报讯 ', '10:52', '1,000', 'Volvo Cars, Inc.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Text with a few ranges to skip, on code point boundaries. */
const textWithSkips = text.chain((value) => {
  const bounds = [0];
  for (const char of value) bounds.push(bounds.at(-1)! + char.length);
  const bound = fc.constantFrom(...bounds);
  const range = fc.tuple(bound, bound).map(([a, b]): TextRange => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  return fc.tuple(fc.constant(value), fc.array(range, { maxLength: 3 }));
});

const KEPT = /[\p{Script=Han}0-9A-Za-z]/gu;
const keptCharacters = (value: string) => value.match(KEPT)?.join('') ?? '';
const HAN = /\p{Script=Han}/u;

describe('fixTypography properties', () => {
  it('is idempotent: fixing fixed text changes nothing', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, headline) => {
        const once = fixTypography(value, { headline }).text;
        expect(findTypographyFixes(once, { headline })).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes a Han character, a digit or a letter', () => {
    fc.assert(
      fc.property(textWithSkips, ([value, skip]) => {
        expect(keptCharacters(fixTypography(value, { skip }).text)).toBe(keptCharacters(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('never touches a range it is told to skip', () => {
    fc.assert(
      fc.property(textWithSkips, ([value, skip]) => {
        const fixes = findTypographyFixes(value, { skip });
        for (const fix of fixes) for (const range of skip) expect(fix.end <= range.start || fix.start >= range.end || range.start === range.end).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no ASCII comma between two Han characters outside the skipped ranges', () => {
    fc.assert(
      fc.property(textWithSkips, ([value, skip]) => {
        const fixes = findTypographyFixes(value, { skip });
        const chars = [...value];
        let offset = 0;
        chars.forEach((char, index) => {
          const at = offset;
          offset += char.length;
          if (char !== ',' || !HAN.test(chars[index - 1] ?? '') || !HAN.test(chars[index + 1] ?? '')) return;
          if (skip.some((range) => at >= range.start && at < range.end)) return;
          expect(fixes.some((fix) => fix.start === at && fix.insert === '，')).toBe(true);
        });
        if (skip.length === 0) expect(fixTypography(value).text).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing in text without Chinese', () => {
    const latin = fc.array(fc.constantFrom(...'AaBbPx0123456789,;:?!()."%-/ ', 'http://x.cn/a?b=1', 'Volvo Cars, Inc.', '  '), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(latin, (value) => {
        expect(findTypographyFixes(value)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports sorted places that do not overlap, each with the text found there', () => {
    fc.assert(
      fc.property(textWithSkips, ([value, skip]) => {
        const fixes = findTypographyFixes(value, { skip });
        fixes.forEach((fix, index) => {
          expect(value.slice(fix.start, fix.end)).toBe(fix.found);
          if (index > 0) expect(fix.start).toBeGreaterThanOrEqual(fixes[index - 1]!.end);
          if (fix.rule === 'zh-spacing') expect(fix.found).toMatch(/^[\t \u00A0\u2000-\u200A\u202F\u205F\u3000]+$/u);
          else expect(fix.found).toMatch(/^[,;:?!()]$/u);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
