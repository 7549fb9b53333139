import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import { scrapedTextParser } from './parse.ts';
import { paragraphStrings } from './paragraphs.ts';
import { convertToSimplified, detectScript, simplifiedCandidates, toSimplified, toTraditional } from './script.ts';
import { MAINLAND_TO_TAIWAN, TRADITIONAL_TO_MAINLAND } from './fixtures/script-words.ts';

describe('toSimplified', () => {
  it('toSimplified writes each ambiguous word as mainland readers do', () => {
    const wrong = TRADITIONAL_TO_MAINLAND.map(([traditional, mainland]) => [traditional, mainland, toSimplified(traditional, { source: 'traditional-tw' })])
      .filter(([, mainland, converted]) => converted !== mainland);
    expect(wrong).toEqual([]);
  });

  it('toSimplified tells 着 from 著 in Taiwan-usage text', () => {
    expect(toSimplified('大慶高新區乘著春風，著力提升能力，出版著名專著並顯著增長')).toBe('大庆高新区乘着春风，着力提升能力，出版著名专著并显著增长');
  });

  it('toSimplified keeps 著 as zhù in text that already writes 着', () => {
    expect(toSimplified('香港著名作家看着維港，談衞生與著作')).toBe('香港著名作家看着维港，谈卫生与著作');
  });

  it('toSimplified leaves mainland text alone, 著 included', () => {
    const mainland = '显著提升，著名专著，乘着春风着力推进，什么都有，户口与卫生，刚才';
    expect(toSimplified(mainland)).toBe(mainland);
  });

  it('toSimplified converts stray Traditional characters inside mainland text', () => {
    expect(toSimplified('项目落户大慶高新区，该区计划投资')).toBe('项目落户大庆高新区，该区计划投资');
  });

  it('toSimplified gives the same text when run again', () => {
    const words = fc.constantFrom(...TRADITIONAL_TO_MAINLAND.map(([traditional]) => traditional), '，', '。', '大慶', '項目');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), (parts) => {
        const once = toSimplified(parts.join(''));
        return toSimplified(once) === once;
      }),
    );
  });
});

describe('detectScript', () => {
  it('detectScript classes text by the characters only one script uses', () => {
    expect(detectScript('大慶高新區乘著春風')).toBe('traditional-tw');
    expect(detectScript('維港夜景，看着遊客')).toBe('traditional-hk');
    expect(detectScript('大庆高新区乘着春风')).toBe('simplified');
    expect(detectScript('123 abc')).toBe('simplified');
  });
});

describe('toTraditional', () => {
  it('toTraditional writes Taiwan standard forms', () => {
    const wrong = MAINLAND_TO_TAIWAN.map(([mainland, taiwan]) => [mainland, taiwan, toTraditional(mainland)]).filter(([, taiwan, converted]) => converted !== taiwan);
    expect(wrong).toEqual([]);
  });

  it('toTraditional and toSimplified give back mainland text', () => {
    const mainland = '大庆高新区乘着春风，着力提升能力；干部头发干净，后来皇后在里面发展著名专著，显著增长。';
    const traditional = toTraditional(mainland);
    expect(traditional).toBe('大慶高新區乘著春風，著力提升能力；幹部頭髮乾淨，後來皇后在裡面發展著名專著，顯著增長。');
    expect(toSimplified(traditional)).toBe(mainland);
  });
});

describe('simplifiedCandidates', () => {
  it('simplifiedCandidates lists a character and what it may become', () => {
    expect(simplifiedCandidates('著').sort()).toEqual(['着', '著']);
    expect(simplifiedCandidates('車')).toEqual(['車', '车']);
    expect(simplifiedCandidates('车')).toEqual(['车']);
  });
});

describe('convertToSimplified', () => {
  it('convertToSimplified classes the whole document, not each line', () => {
    // The second line alone has no character only Traditional uses; the document does.
    const processor = unified().use(scrapedTextParser).use(convertToSimplified);
    const tree = processor.runSync(processor.parse('大慶高新區項目開工\n著力提升'));
    expect(paragraphStrings(tree)).toEqual(['大庆高新区项目开工', '着力提升']);
  });
});
