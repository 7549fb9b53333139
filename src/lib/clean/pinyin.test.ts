import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { scrapedTextParser } from './parse.ts';
import { paragraphStrings } from './paragraphs.ts';
import { findPinyinAnnotations, readingsOf, stripPinyin, stripPinyinAnnotations, type PinyinOptions } from './pinyin.ts';
import { removalsOf } from './removals.ts';

function strip(input: string, options?: PinyinOptions) {
  const processor = unified().use(scrapedTextParser).use(stripPinyinAnnotations, options);
  const file = new VFile(input);
  const tree = processor.runSync(processor.parse(file), file);
  return { paragraphs: paragraphStrings(tree), removed: removalsOf(file), messages: file.messages };
}

describe('stripPinyinAnnotations', () => {
  it('stripPinyinAnnotations removes readings after Traditional and Simplified characters', () => {
    expect(strip('沃爾沃汽車(chē)大慶工廠').paragraphs).toEqual(['沃爾沃汽車大慶工廠']);
    expect(strip('中國(guo)、綠(lǜ)色、綠(lv)地、綠(lu:)化、綠(lü)洲').paragraphs).toEqual(['中國、綠色、綠地、綠化、綠洲']);
    expect(strip('汽车(chē)与国(guó)家').paragraphs).toEqual(['汽车与国家']);
  });

  it('stripPinyinAnnotations accepts full-width and mixed brackets and tone digits', () => {
    expect(strip('汽車（chē）、汽車(che1）、汽車（che）').paragraphs).toEqual(['汽車、汽車、汽車']);
  });

  it('stripPinyinAnnotations keeps genuine parentheses', () => {
    const text = '招商(北京)对接会(1)在基地(大庆基地)举行，沃尔沃(Volvo Cars)发布(AI)方案(2023)。';
    expect(strip(text).paragraphs).toEqual([text]);
    expect(strip(text).removed).toEqual([]);
  });

  it('stripPinyinAnnotations keeps a syllable that is not a reading and says so', () => {
    const { paragraphs, messages } = strip('第一段\n注册公司(an)两家');
    expect(paragraphs).toEqual(['第一段', '注册公司(an)两家']);
    expect(messages.map(String)).toEqual(['2:5-2:9: 保留了“司(an)”：括号里像拼音，但不是“司”的读音，请确认是否为注音']);
    expect(messages[0]?.ruleId).toBe('pinyin-not-a-reading');
    expect(messages[0]?.fatal).toBeUndefined();
  });

  it('stripPinyinAnnotations trusts the syllable after a character the dictionary does not know', () => {
    expect(readingsOf('𠀀')).toBeNull();
    expect(strip('古字𠀀(hē)与𠀀(xyz)').paragraphs).toEqual(['古字𠀀与𠀀(xyz)']);
  });

  it('stripPinyinAnnotations removes repeated annotations of one character', () => {
    expect(strip('汽車(chē)(chē)(an)廠').paragraphs).toEqual(['汽車(an)廠']);
  });

  it('stripPinyinAnnotations needs a lowercase syllable right after a Han character', () => {
    const text = '汽車(Chē)、汽車 (chē)、car(chē)、汽車(chē chē)';
    expect(strip(text).paragraphs).toEqual([text]);
  });

  it('stripPinyinAnnotations takes a syllable padded with a space inside its brackets', () => {
    expect(strip('會(huì )議在北京召開，創(chuàng )新驅動').paragraphs).toEqual(['會議在北京召開，創新驅動']);
  });

  it('stripPinyinAnnotations takes a toned syllable after a lone letter that mojibake left of its character', () => {
    expect(strip('??诰W(wǎng)9月20日消息').paragraphs).toEqual(['??诰W9月20日消息']);
  });

  it('stripPinyinAnnotations reports each removal where it stood in the scraped file', () => {
    const { removed } = strip('標題\n\u3000大慶(qìng)工廠(chǎng)');
    expect(removed).toEqual([
      { kind: 'pinyin', text: '(qìng)', line: 2, column: 4 },
      { kind: 'pinyin', text: '(chǎng)', line: 2, column: 12 },
    ]);
  });

  it('stripPinyinAnnotations without the reading check removes any syllable', () => {
    expect(strip('注册公司(an)两家', { checkReading: false }).paragraphs).toEqual(['注册公司两家']);
  });
});

describe('findPinyinAnnotations', () => {
  it('findPinyinAnnotations tells annotations from asides', () => {
    expect(findPinyinAnnotations('車(chē)司(an)').map(({ char, syllable, isAnnotation }) => [char, syllable, isAnnotation])).toEqual([
      ['車', 'chē', true],
      ['司', 'an', false],
    ]);
  });

  it('stripPinyin never removes a Han character', () => {
    const han = fc.constantFrom(...'車國綠大慶工廠公司北京项目的了着著行长𠀀');
    const piece = fc.oneof(han, fc.constantFrom('(chē)', '(guó)', '（lǜ）', '(an)', '(北京)', '(', ')', 'a', '1', ' '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const hanOf = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).join('');
        return hanOf(stripPinyin(text)) === hanOf(text);
      }),
    );
  });
});
