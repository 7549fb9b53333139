import { describe, expect, it } from 'vitest';
import { looksLikeTitle } from './title.ts';

describe('looksLikeTitle', () => {
  it('looksLikeTitle accepts a short line without sentence-final punctuation', () => {
    expect(looksLikeTitle('大庆高新区重点项目建设按下“快进键”')).toBe(true);
    expect(looksLikeTitle('  沃尔沃大庆工厂二期开工  ')).toBe(true);
    expect(looksLikeTitle('Volvo Cars 大庆工厂扩产')).toBe(true);
  });

  it('looksLikeTitle rejects sentences, lead-ins and long lines', () => {
    expect(looksLikeTitle('项目计划7月底实现装置中交。')).toBe(false);
    expect(looksLikeTitle('记者从大庆高新区获悉：')).toBe(false);
    expect(looksLikeTitle('项目何时投产？')).toBe(false);
    expect(looksLikeTitle('一组来自大庆高新区的数据显示该区全年计划建设投资五百万元以上重点项目四十三个其中十五个')).toBe(false);
  });

  it('looksLikeTitle rejects lines with nothing to read', () => {
    for (const line of ['', '   ', '2023-04-20', '——', 'https://example.com/a']) expect(looksLikeTitle(line), line).toBe(false);
  });

  it('looksLikeTitle wants the next line longer than itself', () => {
    expect(looksLikeTitle('大庆高新区项目开工', '连日来，大庆高新区大抓落实，积极践行“六到一线”工作法。')).toBe(true);
    expect(looksLikeTitle('大庆高新区项目集中开工仪式举行', '记者 张三')).toBe(false);
    expect(looksLikeTitle('大庆高新区项目开工', '')).toBe(true);
  });
});
