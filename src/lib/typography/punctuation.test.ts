import { describe, expect, it } from 'vitest';
import { applyTypographyFixes, findTypographyFixes, fixTypography, type TypographyOptions } from './punctuation.ts';

const fixed = (text: string, options?: TypographyOptions) => fixTypography(text, options).text;

describe('fixTypography(text): half-width punctuation in Chinese text', () => {
  it('widens , ; : ? ! between Chinese characters', () => {
    expect(fixed('园区里,机器轰鸣;工地上:人来人往。何时完工?年底!')).toBe('园区里，机器轰鸣；工地上：人来人往。何时完工？年底！');
  });

  it('widens a mark after a number or Latin word glued to Chinese, and before one', () => {
    expect(fixed('计划投资3.5亿元,占地8公顷')).toBe('计划投资3.5亿元，占地8公顷');
    expect(fixed('完成进度85%;二号楼封顶')).toBe('完成进度85%；二号楼封顶');
    expect(fixed('产值增长12.5%;1-9月利润')).toBe('产值增长12.5%；1-9月利润');
    expect(fixed('采用EPC,总工期两年')).toBe('采用EPC，总工期两年');
    expect(fixed('日期2022-08-01,3-6月施工')).toBe('日期2022-08-01，3-6月施工');
    expect(fixed('共有A,B两栋厂房')).toBe('共有A，B两栋厂房');
    expect(fixed('“试点”,然后推广')).toBe('“试点”，然后推广');
  });

  it('leaves a ? after a full stop or comma: a lost character for the editor, not a question', () => {
    expect(fixed('仪式隆重。?新基地')).toBe('仪式隆重。?新基地');
    expect(fixed('厂房，?办公楼')).toBe('厂房，?办公楼');
    expect(fixed('是“真的”?')).toBe('是“真的”？');
  });

  it('keeps numbers, times, ranges and decimals half-width', () => {
    for (const text of ['占地2,400平方米', '投资1,250,000元', '上午9:30开工', '比例为2:1', '2022-08-01', '1-9月', '15~20米', '6.8亿元', '80立方米/秒']) {
      expect(fixed(text)).toBe(text);
    }
  });

  it('keeps Latin runs half-width, even inside a Chinese sentence', () => {
    expect(fixed('合作方为Acme Steel, Ltd.的子公司')).toBe('合作方为Acme Steel, Ltd.的子公司');
    expect(fixed('他写道“Hello, world!”')).toBe('他写道“Hello, world!”');
    expect(fixed('Phase one: done')).toBe('Phase one: done');
  });

  it('keeps addresses whole, and widens the mark after one', () => {
    expect(fixed('详见https://example.cn/list?page=2&a=b:1,欢迎查阅')).toBe('详见https://example.cn/list?page=2&a=b:1，欢迎查阅');
    expect(fixed('来信请寄news@example.cn,谢谢')).toBe('来信请寄news@example.cn，谢谢');
    expect(fixed('网址(www.example.cn)。')).toBe('网址（www.example.cn）。');
  });

  it('widens a pair of round brackets when its content or its outside neighbour is Chinese', () => {
    expect(fixed('招商(上海)推介会')).toBe('招商（上海）推介会');
    expect(fixed('合作模式(BOT)落地')).toBe('合作模式（BOT）落地');
    expect(fixed('(2)建设厂房')).toBe('（2）建设厂房');
    expect(fixed('某某集团(Example Group)')).toBe('某某集团（Example Group）');
    expect(fixed('一期(含配套)工程')).toBe('一期（含配套）工程');
  });

  it('widens the half-width side of a mixed pair, and leaves brackets without Chinese or a partner', () => {
    expect(fixed('（福建)宁德')).toBe('（福建）宁德');
    expect(fixed('(上海）')).toBe('（上海）');
    expect(fixed('f(x) = 2x')).toBe('f(x) = 2x');
    expect(fixed('Example Corp (Asia) 的项目')).toBe('Example Corp (Asia) 的项目');
    expect(fixed('第一点1)厂房')).toBe('第一点1)厂房');
  });

  it('pairs brackets within a line only', () => {
    expect(fixed('甲(乙\n丙)丁')).toBe('甲(乙\n丙)丁');
  });
});

describe('fixTypography(text): spaces', () => {
  it('removes a stray space between Chinese characters and between Chinese and a number', () => {
    expect(fixed('年产 20万吨 钢材')).toBe('年产20万吨钢材');
    expect(fixed('完成 6 成')).toBe('完成6成');
    expect(fixed('总投资15 亿元')).toBe('总投资15亿元');
    expect(fixed('增长 7.5% 以上')).toBe('增长7.5%以上');
    expect(fixed('于 2022-08-01 开工')).toBe('于2022-08-01开工');
  });

  it('removes spaces beside full-width punctuation', () => {
    expect(fixed('已经封顶。 下一步')).toBe('已经封顶。下一步');
    expect(fixed('厂房 ，办公楼')).toBe('厂房，办公楼');
    expect(fixed('（ 一期 ）')).toBe('（一期）');
    expect(fixed('采用 EPC ，总工期')).toBe('采用 EPC，总工期');
  });

  it('leaves a space between Chinese and a Latin word to the editor, either way', () => {
    for (const text of ['采用 EPC 模式', '采用EPC模式', '引进 5G 基站', '支持 iOS 系统']) expect(fixed(text)).toBe(text);
  });

  it('keeps spaces between Latin words and numbers, and around a clock time', () => {
    for (const text of ['Acme Steel 2022', '3 000 kW', '8月1日 9:30 开工']) expect(fixed(text)).toBe(text);
  });

  it('keeps the spaces that separate names in credits', () => {
    for (const text of [
      '项目如期完工。（晨报 记者王小明 通讯员李大华）',
      '（通讯员 周晓）县里重点项目',
      '(记者 刘一)',
      '本报记者 赵二 特约记者 钱三 通讯员 孙四 摄',
      '■记者 李五 实习生 周六',
      '文/都市报记者 吴七 见习记者 郑八',
      '工地一角。本报记者 冯九摄',
    ]) {
      expect(fixed(text), text).toBe(text.replace('(记者 刘一)', '（记者 刘一）'));
    }
  });

  it('keeps the space after a dateline, and inside it', () => {
    expect(fixed('晨报8月1日讯 今天，园区')).toBe('晨报8月1日讯 今天，园区');
    expect(fixed('某某网 客户端讯 日前，在')).toBe('某某网 客户端讯 日前，在');
    expect(fixed('某某新闻网讯 8月1日，记者')).toBe('某某新闻网讯 8月1日，记者');
    expect(fixed('本报讯 （记者 王一）')).toBe('本报讯（记者 王一）');
  });

  it('keeps a space between the parts of a headline, and fixes the rest of it', () => {
    expect(fixed('五个项目集中开工 总投资 30亿元', { headline: true })).toBe('五个项目集中开工 总投资30亿元');
    expect(fixed('五个项目集中开工 总投资 30亿元')).toBe('五个项目集中开工总投资30亿元');
  });

  it('leaves line ends and indentation alone', () => {
    expect(fixed('　　项目开工。  \n下一段')).toBe('　　项目开工。  \n下一段');
  });
});

describe('findTypographyFixes(text, {skip})', () => {
  it('gives each place with its exact UTF-16 range, what is there and what goes instead', () => {
    expect(findTypographyFixes('𠀋工地,开工 20 天')).toEqual([
      { rule: 'zh-punctuation', start: 4, end: 5, found: ',', insert: '，' },
      { rule: 'zh-spacing', start: 7, end: 8, found: ' ', insert: '', reason: 'number' },
      { rule: 'zh-spacing', start: 10, end: 11, found: ' ', insert: '', reason: 'number' },
    ]);
    expect(findTypographyFixes('开工。  下一步 以后')).toEqual([
      { rule: 'zh-spacing', start: 3, end: 5, found: '  ', insert: '', reason: 'beside-punctuation' },
      { rule: 'zh-spacing', start: 8, end: 9, found: ' ', insert: '', reason: 'between-chinese' },
    ]);
  });

  it('leaves the ranges it is told to skip exactly as they are', () => {
    const text = '园区?建设,正在 进行(一期)';
    const skip = [{ start: 2, end: 3 }, { start: 11, end: 12 }];
    const fixes = findTypographyFixes(text, { skip });
    expect(applyTypographyFixes(text, fixes)).toBe('园区?建设，正在进行(一期)');
    expect(fixes.some((fix) => skip.some((range) => fix.start < range.end && fix.end > range.start))).toBe(false);
  });

  it('finds nothing in text already as copy desks print it', () => {
    expect(findTypographyFixes('大庆高新区全年计划建设投资500万元以上重点项目43个，开复工率69.7%。')).toEqual([]);
  });
});

describe('applyTypographyFixes(text, fixes)', () => {
  it('refuses overlapping fixes', () => {
    const fix = { rule: 'zh-spacing' as const, start: 1, end: 3, found: '  ', insert: '' };
    expect(() => applyTypographyFixes('甲  乙', [fix, { ...fix, start: 2 }])).toThrow(RangeError);
  });
});
