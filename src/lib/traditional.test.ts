import { describe, expect, it } from 'vitest';
import { CORRECTIONS, KEEP_BY_CHARACTER, REGIONAL_WORDS, datasetNames, readTraditionalRegion, regionalQuotes, traditionalConverter } from './traditional.ts';

const tw = traditionalConverter('tw', ['华理生物产业园项目', '数字娱乐产业园']);
const hk = traditionalConverter('hk', ['华理生物产业园项目']);

describe('traditionalConverter(region, names)', () => {
  it('writes Taiwan’s words (s2twp) and Hong Kong’s forms (s2hk)', () => {
    expect(tw.convert('数据显示，搜索本站的软件信息')).toBe('資料顯示，搜尋本站的軟體資訊');
    expect(hk.convert('数据显示，搜索本站的软件信息')).toBe('數據顯示，搜索本站的軟件信息');
    expect(hk.convert('客户着力')).toBe('客户着力');
    expect(tw.convert('客户着力')).toBe('客戶著力');
  });
  it('writes one form of a word throughout, whatever phrase it stands in', () => {
    for (const text of ['最初计划', '调整后计划', '按计划推进', '计划投资']) expect(tw.convert(text)).toContain('計畫');
    expect(tw.convert('调整后计划')).toBe('調整後計畫');
  });
  it('converts the names it is given character by character, wherever they stand', () => {
    expect(tw.convert('重点项目华理生物产业园项目落户')).toBe('重點專案華理生物產業園項目落戶');
    // s2twp alone would write 專案 into the name, and 數位 for 数字 here.
    expect(traditionalConverter('tw').convert('华理生物产业园项目')).toBe('華理生物產業園專案');
    expect(tw.convert('数字娱乐产业园')).toBe('數字娛樂產業園');
  });
  it('converts organisations’ names character by character without being told them', () => {
    expect(tw.convert('高新区管委会与中国信息协会客户联络中心分会签订协议')).toContain('中國信息協會客戶聯絡中心分會');
    expect(traditionalConverter('tw').convert('信息协会')).toBe('信息協會');
    expect(tw.convert('信息技术')).toBe('資訊科技');
    // A name the converter was given stays whole even where an organisation's name starts it.
    const named = traditionalConverter('tw', ['商业职业学院迁建项目']);
    expect(named.convert('商业职业学院迁建项目开工，商业职业学院招生')).toBe('商業職業學院遷建項目開工，商業職業學院招生');
  });
  it('converts every name of KEEP_BY_CHARACTER character by character, in a sentence', () => {
    for (const name of KEEP_BY_CHARACTER) {
      for (const converter of [tw, hk]) expect(converter.convert(`记者在${name}看到，信息项目`)).toContain(converter.byCharacter(name));
    }
  });
  it('adds the region’s own words and fixes OpenCC’s known miscuts', () => {
    for (const [from, to] of REGIONAL_WORDS.tw) expect(tw.convert(`本站${from}`)).toContain(to);
    expect(tw.convert('计划投资5.2亿元，构建现代化产业体系，本站构建日期')).toBe('計畫投資5.2億元，構建現代化產業體系，本站建置日期');
    expect(hk.convert('计划投资')).toBe('計劃投資');
    expect(tw.convert('发布时间：大型机械设备，报道类型')).toBe('發布時間：大型機械設備，報導類型');
    for (const [from, to] of CORRECTIONS) {
      expect(tw.convert(from)).toBe(to);
      expect(hk.convert(from)).toBe(to);
    }
    expect(tw.convert('对接会暨合作企业集中签约仪式')).toBe('對接會暨合作企業集中簽約儀式');
  });
  it('uses 「」 and 『』 for quotation marks, in text and in markup alike', () => {
    expect(tw.convert('拉满“进度条”，项目“加速跑”')).toBe('拉滿「進度條」，專案「加速跑」');
    expect(hk.convert('<p title="“甲”">他说：“‘乙’”</p>')).toBe('<p title="「甲」">他説：「『乙』」</p>');
  });
});

describe('regionalQuotes(text)', () => {
  it('keeps an apostrophe inside a Latin word', () => {
    expect(regionalQuotes('Daqing’s ‘high-tech’ zone')).toBe('Daqing’s 『high-tech』 zone');
  });
});

describe('datasetNames(dataset)', () => {
  it('lists the zone’s, projects’ and events’ names, longest first', () => {
    const names = datasetNames({
      zone: { name: '大庆高新技术产业开发区', shortName: '大庆高新区' },
      projects: [{ name: '华理生物产业园项目', aliases: ['华理生物'], company: '华理公司', park: '宏伟园区' }],
      events: [{ parties: ['北京迪生数字娱乐科技有限公司'], place: '北京' }],
    } as unknown as Parameters<typeof datasetNames>[0]);
    expect(names).toEqual(['北京迪生数字娱乐科技有限公司', '大庆高新技术产业开发区', '华理生物产业园项目', '华理生物产业园', '大庆高新区', '华理公司', '华理生物', '宏伟园区', '北京']);
  });
  it('keeps a project’s name without its closing 项目 too, as headlines write it, so the edition converts it alike', () => {
    const names = datasetNames({
      zone: { name: '大庆高新技术产业开发区', shortName: '大庆高新区' },
      projects: [{ name: '德正智能装备产业园建设项目', company: '德正公司', park: '兴化园区' }, { name: '数据项目' }],
      events: [],
    } as unknown as Parameters<typeof datasetNames>[0]);
    expect(names).toContain('德正智能装备产业园');
    // Too short to stand for the project alone.
    expect(names).not.toContain('数据');
    // s2twp writes 智慧 for 智能; the name keeps its own word in the headline as on the project's page.
    expect(traditionalConverter('tw', names).convert('德正智能装备产业园落户兴化园区')).toBe('德正智能裝備產業園落戶興化園區');
    expect(traditionalConverter('tw').convert('德正智能装备产业园')).toBe('德正智慧裝備產業園');
  });
});

describe('readTraditionalRegion(env)', () => {
  it('is Taiwan unless TRADITIONAL_REGION says hk, and one line in Chinese for anything else', () => {
    expect(readTraditionalRegion({})).toEqual({ region: 'tw' });
    expect(readTraditionalRegion({ TRADITIONAL_REGION: ' HK ' })).toEqual({ region: 'hk' });
    expect(readTraditionalRegion({ TRADITIONAL_REGION: 'mo' })).toEqual({ error: 'TRADITIONAL_REGION：繁体版的用语地区应为 tw（台湾，默认）或 hk（香港），而不是“mo”' });
  });
});
