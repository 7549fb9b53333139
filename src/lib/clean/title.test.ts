import { describe, expect, it } from 'vitest';
import { looksLikeTitle } from './title.ts';

describe('looksLikeTitle(line)', () => {
  it('looksLikeTitle accepts short lines of words, with a space or a comma inside', () => {
    for (const line of ['大庆高新区重点项目建设按下“快进键”', '  沃尔沃大庆工厂二期开工  ', 'Volvo Cars 大庆工厂扩产', '2011年某市建设87个重大工程项目 投资超千亿元', '机械轰鸣,生物产业园建设正酣', '某省人民医院某院区,开诊!', '项目何时投产？']) {
      expect(looksLikeTitle(line), line).toBe(true);
    }
  });

  it('looksLikeTitle rejects sentences, lead-ins, lists and long lines', () => {
    for (const line of ['项目计划7月底实现装置中交。', '记者从大庆高新区获悉：', '包括自贡凤鸣通用机场、', '一组来自大庆高新区的数据显示该区全年计划建设投资五百万元以上重点项目四十三个其中十五个项目被列入省级重点项目', '建设现场紧张而有序。本报记者摄']) {
      expect(looksLikeTitle(line), line).toBe(false);
    }
  });

  it('looksLikeTitle rejects lines with too little Chinese to read', () => {
    for (const line of ['', '   ', '2023-04-20', '——', 'https://example.com/a', 'Shanghai WTO Forum', '开工']) expect(looksLikeTitle(line), line).toBe(false);
  });
});
