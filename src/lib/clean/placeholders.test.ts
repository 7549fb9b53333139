import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { scrapedTextParser } from './parse.ts';
import { paragraphStrings } from './paragraphs.ts';
import { findPlaceholders, removeImagePlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { removalsOf } from './removals.ts';
import { tidyWhitespace } from './whitespace.ts';

function remove(input: string, options?: PlaceholderOptions) {
  const processor = unified().use(scrapedTextParser).use(tidyWhitespace).use(removeImagePlaceholders, options);
  const file = new VFile(input);
  const tree = processor.runSync(processor.parse(file), file);
  return { paragraphs: paragraphStrings(tree), removed: removalsOf(file) };
}

describe('removeImagePlaceholders', () => {
  it('removeImagePlaceholders drops a line that held only a placeholder', () => {
    for (const token of ['【資料圖】', '【图片】', '[图片]', '[圖片]', '［组图］', '【视频】', '（资料图）', '(图片)']) {
      expect(remove(`${token}\n正文`).paragraphs, token).toEqual(['正文']);
    }
  });

  it('removeImagePlaceholders removes a placeholder inside a sentence', () => {
    expect(remove('项目现场[图片]一片繁忙。').paragraphs).toEqual(['项目现场一片繁忙。']);
    expect(remove('大庆 [图片] 高新区').paragraphs).toEqual(['大庆高新区']);
    expect(remove('Volvo [图片] Cars').paragraphs).toEqual(['Volvo Cars']);
  });

  it('removeImagePlaceholders removes image captions and credits in brackets', () => {
    expect(remove('项目建设现场。（图片来源：大庆日报）').paragraphs).toEqual(['项目建设现场。']);
    expect(remove('工人正在作业（新华社记者 张三 摄）').paragraphs).toEqual(['工人正在作业']);
    expect(remove('园区全景（圖/大慶網）').paragraphs).toEqual(['园区全景']);
    expect(remove('园区全景(图片来自网络)').paragraphs).toEqual(['园区全景']);
    expect(remove('（大庆高新区供图）').paragraphs).toEqual([]);
  });

  it('removeImagePlaceholders removes a placeholder that carries pinyin annotations', () => {
    expect(remove('【資(zī)料(liào)圖(tú)】\n正文').paragraphs).toEqual(['正文']);
  });

  it('removeImagePlaceholders keeps brackets that are not placeholders', () => {
    const body = '招商(北京)对接会，见图1（图1为示意）。(摄影比赛)与【重点项目】。图片来源于网络的说法不实。[1]';
    expect(remove(body).paragraphs).toEqual([body]);
  });

  it('removeImagePlaceholders reports each removal where it stood', () => {
    expect(remove('【資料圖】\n\u3000\u3000现场[图片]繁忙').removed).toEqual([
      { kind: 'placeholder', text: '【資料圖】', line: 1, column: 1 },
      { kind: 'placeholder', text: '[图片]', line: 2, column: 5 },
    ]);
  });

  it('removeImagePlaceholders takes extra media words', () => {
    expect(remove('现场【航拍】繁忙', { extraWords: ['航拍'] }).paragraphs).toEqual(['现场繁忙']);
  });
});

describe('findPlaceholders', () => {
  it('findPlaceholders gives the index range of each token', () => {
    expect(findPlaceholders('甲【图片】乙[圖片]')).toEqual([
      { start: 1, end: 5 },
      { start: 6, end: 10 },
    ]);
  });
});
