import { describe, expect, it } from 'vitest';
import { slugFromTitle } from './slug.ts';

describe('slugFromTitle(title, date)', () => {
  it('writes the title in toneless pinyin, cut at a clause boundary, then the date', () => {
    expect(slugFromTitle('大庆高新区拉满“进度条”，项目“加速跑”', '2023-05-10')).toBe('da-qing-gao-xin-qu-la-man-2023-05-10');
  });

  it('keeps a short title whole and cuts a long one without punctuation after eight syllables', () => {
    expect(slugFromTitle('大庆高新区项目建设提速')).toBe('da-qing-gao-xin-qu-xiang-mu-jian-she-ti-su');
    expect(slugFromTitle('沃尔沃汽车大庆工厂一期技术升级改造项目建设现场')).toBe('wo-er-wo-qi-che-da-qing-gong');
  });

  it('reads Traditional characters, keeps Latin words and digits, and writes ü as v', () => {
    expect(slugFromTitle('綠色發展：Volvo大慶工廠', '2023-06-01')).toBe('lv-se-fa-zhan-volvo-da-qing-gong-chang-2023-06-01');
    expect(slugFromTitle('华理生物5.2亿元项目')).toBe('hua-li-sheng-wu-5-2-yi-yuan-xiang-mu');
  });

  it('always gives a valid slug, or nothing when the title has no letters and there is no date', () => {
    expect(slugFromTitle('“”！', '2023-05-10')).toBe('article-2023-05-10');
    expect(slugFromTitle('“”！')).toBeUndefined();
  });
});
