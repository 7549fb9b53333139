import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { dropChromeLines, matchChromeLine, type ChromeOptions } from './chrome.ts';
import { scrapedTextParser } from './parse.ts';
import { paragraphStrings } from './paragraphs.ts';
import { removalsOf } from './removals.ts';
import { tidyWhitespace } from './whitespace.ts';

function drop(input: string, options?: ChromeOptions) {
  const processor = unified().use(scrapedTextParser).use(tidyWhitespace).use(dropChromeLines, options);
  const file = new VFile(input);
  const tree = processor.runSync(processor.parse(file), file);
  return { paragraphs: paragraphStrings(tree), removed: removalsOf(file), meta: file.data.meta };
}

describe('dropChromeLines', () => {
  it('dropChromeLines drops close buttons in either script', () => {
    for (const line of ['X 關閉', 'X 关闭', '×关闭', '关闭窗口', '【关闭窗口】', '[关闭]', '關閉視窗', 'Ｘ', '关闭 ×']) {
      expect(drop(`正文\n${line}`).paragraphs, line).toEqual(['正文']);
    }
  });

  it('dropChromeLines drops share bars', () => {
    for (const line of ['分享到：', '分享到:', '微信 微博 QQ空间', '分享到： 微信 | 新浪微博 | QQ好友', '分享至 朋友圈', '【分享】', 'Facebook Twitter']) {
      expect(drop(`正文\n${line}`).paragraphs, line).toEqual(['正文']);
    }
  });

  it('dropChromeLines drops print, navigation and font-size links', () => {
    for (const line of ['【打印】', '[打印]', '【列印】', '返回顶部', '回到頂部', '【打印】【关闭】', '打印本页 | 关闭窗口', '字号：大 中 小', '上一篇：大庆高新区召开项目推进会', '【纠错】', '扫一扫']) {
      expect(drop(`正文\n${line}`).paragraphs, line).toEqual(['正文']);
    }
  });

  it('dropChromeLines keeps the source and editor that metadata lines name', () => {
    const { paragraphs, meta } = drop('正文第一段。\n來源:大慶日報\n責任編輯：王小明\n校对：李四');
    expect(paragraphs).toEqual(['正文第一段。']);
    expect(meta).toEqual({ source: '大慶日報', editor: '王小明' });
  });

  it('dropChromeLines drops labels with nothing after them', () => {
    for (const line of ['编辑：', '校对：', '來源:', '责任编辑：']) {
      expect(drop(`正文\n${line}`), line).toEqual({ paragraphs: ['正文'], removed: [{ kind: 'chrome', text: line, line: 2, column: 1 }], meta: {} });
    }
  });

  it('dropChromeLines reads several fields on one line and bracketed lines', () => {
    expect(drop('正文\n来源：人民日报（海外版） 编辑：张三').meta).toEqual({ source: '人民日报（海外版）', editor: '张三' });
    expect(drop('正文\n[责任编辑:李明]').meta).toEqual({ editor: '李明' });
    expect(drop('正文\n发布时间：2023-04-20 09:30 | 来源：大庆网').meta).toEqual({ source: '大庆网' });
  });

  it('dropChromeLines prefers the responsible editor and the first source', () => {
    expect(drop('编辑：张三\n责任编辑：李四\n来源：甲报\n来源：乙报').meta).toEqual({ source: '甲报', editor: '李四' });
  });

  it('dropChromeLines keeps sentences that merely mention a label', () => {
    const body = [
      '项目资金来源：中央预算内投资3亿元，地方配套2亿元。',
      '来源：据统计，今年全市完成投资三百亿元。',
      '据来源可靠的消息，项目将于年底投产。',
      '编辑部全体同志向读者致以问候',
      '关闭落后产能是今年的重点任务。',
      '分享到朋友圈的照片引发热议。',
      '上一篇报道提到，园区已有30家企业入驻。',
      '来源：人民网作者：张三',
    ];
    const { paragraphs, removed, meta } = drop(body.join('\n'));
    expect(paragraphs).toEqual(body);
    expect(removed).toEqual([]);
    expect(meta).toEqual({});
  });

  it('dropChromeLines reports each dropped line where it stood', () => {
    expect(drop('正文\n\u3000\u3000X 關閉\n來源：大慶日報').removed).toEqual([
      { kind: 'chrome', text: 'X 關閉', line: 2, column: 3 },
      { kind: 'chrome', text: '來源：大慶日報', line: 3, column: 1 },
    ]);
  });

  it('dropChromeLines drops extra patterns the caller gives', () => {
    expect(drop('正文\n本站原创，转载请注明', { extraLines: [/^本站原创/u] }).paragraphs).toEqual(['正文']);
  });
});

describe('matchChromeLine', () => {
  it('matchChromeLine names the kind of chrome', () => {
    expect(matchChromeLine('X 關閉')?.kind).toBe('button');
    expect(matchChromeLine('微信 微博')?.kind).toBe('share');
    expect(matchChromeLine('来源：新华社')).toEqual({ kind: 'metadata', meta: { source: '新华社' } });
    expect(matchChromeLine('大庆高新区项目开工')).toBeUndefined();
  });
});
