import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchingCharacters } from './matchingBlocks.ts';

const chars = (text: string) => [...text];

describe('matchingCharacters(a, b)', () => {
  it('matchingCharacters counts what difflib counts', () => {
    // Values from Python: sum(b.size for b in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    expect(matchingCharacters(chars('abcd'), chars('bcde'))).toBe(3);
    expect(matchingCharacters(chars('大庆高新区项目'), chars('高新区大庆项目'))).toBe(5);
    expect(matchingCharacters(chars('abxcd'), chars('abcd'))).toBe(4);
    expect(matchingCharacters(chars(''), chars('abc'))).toBe(0);
    // Ratcliff/Obershelp is not the longest common subsequence: the longest block wins first.
    expect(matchingCharacters(chars('xaaaabc'), chars('abcxaaaa'))).toBe(5);
  });

  it('matchingCharacters is the full length for equal sequences and never more than the shorter one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁') }), fc.string({ unit: fc.constantFrom('甲', '乙', '丙', '丁') }), (a, b) => {
        expect(matchingCharacters(chars(a), chars(a))).toBe([...a].length);
        const n = matchingCharacters(chars(a), chars(b));
        expect(n).toBeLessThanOrEqual(Math.min([...a].length, [...b].length));
      }),
    );
  });
});
