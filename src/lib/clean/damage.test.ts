import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { findDamage, flagDamage, isCommonHan, type DamageOptions } from './damage.ts';
import { scrapedTextParser } from './parse.ts';
import { stripPinyinAnnotations } from './pinyin.ts';
import { tidyWhitespace } from './whitespace.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
// UTF-8 bytes shown as GBK or as Latin-1: how mojibake is made.
const asGbk = (text: string) => iconv.decode(Buffer.from(text, 'utf8'), 'gbk');
const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

function flag(input: string, options?: DamageOptions) {
  const processor = unified().use(scrapedTextParser).use(tidyWhitespace).use(stripPinyinAnnotations).use(flagDamage, options);
  const file = new VFile(input);
  processor.runSync(processor.parse(file), file);
  return file.messages.filter((message) => message.ruleId !== 'pinyin-not-a-reading');
}

const runs = (text: string) => findDamage(text).map(({ text: run, kind, recovered }) => ({ run, kind, recovered }));

describe('flagDamage', () => {
  it('flagDamage quotes a garbled passage with its line and column', () => {
    const messages = flag('第一段。\n\u3000\u3000用心用情优服务，实打?qū)嵔鉀Q原料、资金困难。');
    expect(messages.map(String)).toEqual(['2:13-2:20: 疑似乱码“?qū)嵔鉀Q”：编码错误造成，请对照原文改正']);
    expect(messages[0]?.ruleId).toBe('mojibake');
    expect(messages[0]?.source).toBe('jindu-clean');
    expect(messages[0]?.fatal).toBe(false);
  });

  it('flagDamage points at the scraped column after annotations were removed', () => {
    const messages = flag('汽車(chē)大慶(qìng)?qū)嵔鉀Q原料');
    expect(messages.map(String)).toEqual(['1:16-1:23: 疑似乱码“?qū)嵔鉀Q”：编码错误造成，请对照原文改正']);
  });

  it('flagDamage reports replacement characters', () => {
    expect(flag('项目\uFFFD\uFFFD建设').map(String)).toEqual(['1:3-1:5: 字符丢失“\uFFFD\uFFFD”：编码转换时这里的字变成了“\uFFFD”，请对照原文补上']);
  });

  it('flagDamage reports a question mark where nothing is asked', () => {
    expect(flag('大庆?区项目开工').map(String)).toEqual(['1:3-1:4: 可疑的问号“?”（“大庆?区项目开工”）：句中没有提问，可能是编码转换时丢失的字，请对照原文核对']);
  });

  it('flagDamage says what GBK and Latin-1 mojibake may have said', () => {
    expect(flag(`园区${asGbk('发布')}了通知`).map(String)).toEqual(['1:3-1:6: 疑似乱码“鍙戝竷”：编码错误造成，请对照原文改正（可能原为“发布”）']);
    expect(flag('Le cafÃ© de Paris').map(String)).toEqual(['1:4-1:9: 疑似乱码“cafÃ©”：编码错误造成，请对照原文改正（可能原为“café”）']);
  });
});

describe('findDamage', () => {
  it('findDamage finds GBK mojibake of a whole clause as one run', () => {
    const found = runs(`大庆高新区${asGbk('实打实解决企业困难')}，打通通道。`);
    expect(found).toHaveLength(1);
    expect(found[0]?.recovered).toMatch(/^实打实解决企业困/);
  });

  it('findDamage finds the typical GBK mojibake characters', () => {
    expect(runs('浠ュ強鍏朵粬')).toEqual([{ run: '浠ュ強鍏朵粬', kind: 'mojibake', recovered: '以及其他' }]);
    expect(runs('锟斤拷锟斤拷')).toEqual([{ run: '锟斤拷锟斤拷', kind: 'mojibake', recovered: undefined }]);
  });

  it('findDamage finds Latin-1 mojibake of Chinese punctuation and text', () => {
    expect(runs(`项目${asLatin1('“加速跑”')}开始`)).toEqual([{ run: asLatin1('“加速跑”'), kind: 'mojibake', recovered: '“加速跑”' }]);
    expect(runs('â€œè¿›åº¦æ¡â€')[0]?.kind).toBe('mojibake');
  });

  it('findDamage finds each question mark an encoder left for a character it could not encode', () => {
    expect(runs('使用?字和?字的名字')).toEqual([
      { run: '?', kind: 'stray-question-mark', recovered: undefined },
      { run: '?', kind: 'stray-question-mark', recovered: undefined },
    ]);
  });

  it('findDamage finds a run of rare characters', () => {
    expect(runs('项目嵔鍙鐨建设').map(({ run }) => run)).toEqual(['嵔鍙鐨']);
    expect(findDamage('项目嵔鍙鐨建设', { rareRun: 4 })).toEqual([]);
  });

  it('findDamage leaves genuine questions alone', () => {
    for (const text of ['记者问：项目何时能够投产？负责人答：预计今年年底。', '这是真的吗?是真的。', '为什么要在这里建厂？因为原料充足。', '难道我们就此止步吗？当然不是。', 'What?No.']) {
      expect(findDamage(text), text).toEqual([]);
    }
  });

  it('findDamage flags a question without a question word (a known false positive)', () => {
    expect(runs('你去过北京？去过。')).toEqual([{ run: '？', kind: 'stray-question-mark', recovered: undefined }]);
  });

  it('findDamage finds nothing in normal news text', () => {
    const flagged = fixture('clean-news.txt').split('\n').flatMap((line) => findDamage(line).map((run) => `${run.text} in ${line}`));
    expect(flagged).toEqual([]);
  });
});

describe('isCommonHan', () => {
  it('isCommonHan knows GB2312 level 1 in either script', () => {
    expect(isCommonHan('的')).toBe(true);
    expect(isCommonHan('國')).toBe(true);
    expect(isCommonHan('涓')).toBe(false);
    expect(isCommonHan('嵔')).toBe(false);
  });
});

describe('findDamage on what encoders leave at the edges of a line', () => {
  it('findDamage flags question marks in a row, after a full stop or opening a line', () => {
    expect(findDamage('??? 昨日，某某生产基地建成投产。').map((run) => run.kind)).toEqual(['stray-question-mark']);
    expect(findDamage('项目总投资7亿元，共分两期建成。?').map((run) => run.text)).toEqual(['?']);
    expect(findDamage('这个项目能不能按期完工??').map((run) => run.kind)).toEqual([]);
  });

  it('findDamage flags Bopomofo and small form variants inside Chinese text', () => {
    expect(findDamage('。ㄒ唬﹫@园区建设顺利推进。').map((run) => run.kind)).toEqual(['mojibake']);
  });
});
