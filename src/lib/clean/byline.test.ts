import { describe, expect, it } from 'vitest';
import { findBracketedBylines, parseByline } from './byline.ts';

describe('parseByline(line)', () => {
  it('parseByline keeps the spaces that separate names', () => {
    expect(parseByline('本报记者 张某 通讯员 李某某')).toEqual({ text: '本报记者 张某 通讯员 李某某', outlets: [], credit: false });
    expect(parseByline('某江日报 记者杨某 通讯员梅某某')).toEqual({ text: '某江日报 记者杨某 通讯员梅某某', outlets: ['某江日报'], credit: false });
    expect(parseByline('记者童某某、通讯员余某、周某')?.text).toBe('记者童某某、通讯员余某、周某');
  });

  it('parseByline drops markers and keeps a role the marker names', () => {
    expect(parseByline('■记者 袁某某 实习生 胡某')?.text).toBe('记者 袁某某 实习生 胡某');
    expect(parseByline('□本报记者 杜某某')?.text).toBe('本报记者 杜某某');
    expect(parseByline('文/某河日报全媒体记者 张某某 见习记者 高某某')).toEqual({ text: '某河日报全媒体记者 张某某 见习记者 高某某', outlets: ['某河日报'], credit: false });
    expect(parseByline('制圖/姜某某')).toEqual({ text: '制圖 姜某某', outlets: [], credit: true });
    expect(parseByline('（某视记者：宋某罗某某）')).toEqual({ text: '某视记者 宋某罗某某', outlets: ['某视'], credit: false });
  });

  it('parseByline reads photo credits as credits', () => {
    expect(parseByline('本報記者 吳某某 特約記者 劉某某 攝')).toEqual({ text: '本報記者 吳某某 特約記者 劉某某', outlets: [], credit: true });
    expect(parseByline('图/某河日报全媒体记者 张某')?.credit).toBe(true);
    expect(parseByline('新华社记者 宋某某 摄')).toEqual({ text: '新华社记者 宋某某', outlets: ['新华社'], credit: true });
  });

  it('parseByline lists the outlets a byline names', () => {
    expect(parseByline('尹某某 某安晚報 某徽網 某皖客戶端記者 葉某某')?.outlets).toEqual(['某安晚報', '某徽網', '某皖客戶端']);
  });

  it('parseByline refuses sentences, headings and lines without a role', () => {
    for (const line of ['记者从市发改委获悉', '开发区通用汽车项目', '我国最大炼化一体化基地全面建成', '记者 在现场', '聚焦大项目', '张三 李四', '记者在现场看到，施工正忙。', '']) {
      expect(parseByline(line), line).toBeUndefined();
    }
  });
});

describe('findBracketedBylines(paragraph)', () => {
  it('findBracketedBylines finds a byline in brackets and where it stands', () => {
    expect(findBracketedBylines('某南网某州4月19日讯(通讯员 石某某)某县陈巷镇狠抓重点项目建设。')).toEqual([{ text: '通讯员 石某某', outlets: [], credit: false, start: 11, end: 20 }]);
    expect(findBracketedBylines('主体结构完成100%。（记者 刘某）').map((found) => found.text)).toEqual(['记者 刘某']);
  });

  it('findBracketedBylines leaves other asides alone', () => {
    expect(findBracketedBylines('某某（北京）对接会在（一期）项目举行，投资（约）5亿元。')).toEqual([]);
  });
});
