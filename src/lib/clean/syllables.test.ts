import { describe, expect, it } from 'vitest';
import { polyphonic } from 'pinyin-pro';
import { PINYIN_SYLLABLES, parsePinyinSyllable } from './syllables.ts';

describe('parsePinyinSyllable', () => {
  it('parsePinyinSyllable reads tone marks, tone digits and no tone', () => {
    expect(parsePinyinSyllable('chē')).toEqual({ base: 'che', tone: 1 });
    expect(parsePinyinSyllable('guó')).toEqual({ base: 'guo', tone: 2 });
    expect(parsePinyinSyllable('guo')).toEqual({ base: 'guo', tone: 0 });
    expect(parsePinyinSyllable('zhuang4')).toEqual({ base: 'zhuang', tone: 4 });
    expect(parsePinyinSyllable('de5')).toEqual({ base: 'de', tone: 5 });
  });

  it('parsePinyinSyllable reads ü written as ü, v or u:', () => {
    for (const written of ['lǜ', 'lü', 'lv', 'lv4', 'lu:', 'lu:4', 'lu\u0308\u0300']) {
      expect(parsePinyinSyllable(written)?.base).toBe('lü');
    }
    expect(parsePinyinSyllable('lu')).toEqual({ base: 'lu', tone: 0 });
    expect(parsePinyinSyllable('nüè')).toEqual({ base: 'nüe', tone: 4 });
    expect(parsePinyinSyllable('lue')).toEqual({ base: 'lüe', tone: 0 });
  });

  it('parsePinyinSyllable writes ü after j, q, x, y as u', () => {
    expect(parsePinyinSyllable('qv')).toEqual({ base: 'qu', tone: 0 });
    expect(parsePinyinSyllable('xǘ')).toEqual({ base: 'xu', tone: 2 });
  });

  it('parsePinyinSyllable reads decomposed marks and single-storey letters', () => {
    expect(parsePinyinSyllable('gua\u0304n')).toEqual({ base: 'guan', tone: 1 });
    expect(parsePinyinSyllable('ɡuó')).toEqual({ base: 'guo', tone: 2 });
    expect(parsePinyinSyllable('ń')).toEqual({ base: 'n', tone: 2 });
    expect(parsePinyinSyllable('ế')).toEqual({ base: 'ê', tone: 2 });
  });

  it('parsePinyinSyllable rejects what is not one lowercase syllable', () => {
    for (const written of ['', 'AI', 'Chē', 'volvo', 'cars', 'guang1zhou', 'xyz', 'chēē', 'chē1', 'ab', 'iphone', '2023', '北京', 'l:', 'gv']) {
      expect(parsePinyinSyllable(written), written).toBeUndefined();
    }
  });
});

describe('PINYIN_SYLLABLES', () => {
  it('PINYIN_SYLLABLES holds every reading pinyin-pro gives a CJK unified ideograph', () => {
    let ideographs = '';
    for (let code = 0x4e00; code <= 0x9fff; code++) ideographs += String.fromCodePoint(code);
    const missing = new Set<string>();
    for (const readings of polyphonic(ideographs, { type: 'array', toneType: 'none' })) {
      for (const reading of readings) {
        if (/^[a-zêü]+$/.test(reading) && !PINYIN_SYLLABLES.has(reading)) missing.add(reading);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('PINYIN_SYLLABLES is the size of the standard inventory', () => {
    // About 410 standard syllables plus a dozen interjections and colloquial ones.
    expect(PINYIN_SYLLABLES.size).toBeGreaterThan(400);
    expect(PINYIN_SYLLABLES.size).toBeLessThan(440);
    expect(PINYIN_SYLLABLES.has('zhuang')).toBe(true);
    expect(PINYIN_SYLLABLES.has('lv')).toBe(false);
  });
});
