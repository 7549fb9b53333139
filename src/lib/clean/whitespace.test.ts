import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import type { Paragraph, Text } from 'mdast';
import { scrapedTextParser } from './parse.ts';
import { paragraphStrings } from './paragraphs.ts';
import { pointAt } from './origin.ts';
import { tidyWhitespace, type WhitespaceOptions } from './whitespace.ts';

function tidy(input: string, options?: WhitespaceOptions) {
  const processor = unified().use(scrapedTextParser).use(tidyWhitespace, options);
  const tree = processor.runSync(processor.parse(input));
  return { paragraphs: paragraphStrings(tree), tree };
}

describe('tidyWhitespace', () => {
  it('tidyWhitespace trims lines and their ideographic or no-break indents', () => {
    expect(tidy('\u3000\u3000大庆高新区 \n\u00a0\u00a0项目开工\t').paragraphs).toEqual(['大庆高新区', '项目开工']);
  });

  it('tidyWhitespace removes zero-width characters and BOMs inside text', () => {
    expect(tidy('大\u200b庆\ufeff高\u200c新\u2060区').paragraphs).toEqual(['大庆高新区']);
  });

  it('tidyWhitespace drops a line that held only invisible characters', () => {
    expect(tidy('正文\n\u200b\ufeff\n末段').paragraphs).toEqual(['正文', '末段']);
  });

  it('tidyWhitespace removes spaces between Chinese characters and around full-width punctuation', () => {
    expect(tidy('大庆 高新区  项目 ， 开工 。').paragraphs).toEqual(['大庆高新区项目，开工。']);
    expect(tidy('拉满 “进度条” ，项目').paragraphs).toEqual(['拉满“进度条”，项目']);
  });

  it('tidyWhitespace keeps one space inside English and numbers and between Chinese and English', () => {
    expect(tidy('Volvo   Cars 在\u00a0大庆 使用 AI  技术，投资 5.2 亿元').paragraphs).toEqual(['Volvo Cars 在大庆使用 AI 技术，投资 5.2 亿元']);
    expect(tidy('He said “hello” to me').paragraphs).toEqual(['He said “hello” to me']);
  });

  it('tidyWhitespace can leave spaces between Chinese characters', () => {
    expect(tidy('大庆  高新区', { joinChinese: false }).paragraphs).toEqual(['大庆 高新区']);
  });

  it('tidyWhitespace keeps emoji joined by ZWJ', () => {
    expect(tidy('家庭👨\u200d👩\u200d👧合影').paragraphs).toEqual(['家庭👨\u200d👩\u200d👧合影']);
  });

  it('tidyWhitespace keeps the original columns of the characters that stay', () => {
    const { tree } = tidy('\u3000\u3000大庆 高新区');
    const text = (tree.children[0] as Paragraph).children[0] as Text;
    expect(text.value).toBe('大庆高新区');
    expect(pointAt(text, 0)).toEqual({ line: 1, column: 3 });
    expect(pointAt(text, 2)).toEqual({ line: 1, column: 6 });
  });
});
