import { describe, expect, it } from 'vitest';
import { cleanScrapedArticle } from './clean.ts';

// Pages as scrapers leave them, written for these tests (names and figures invented).
const page = (...lines: string[]) => lines.join('\n');
const STORY_1 = '3月6日，某区政府与某某公司签署合作协议，共建新材料产业园。市领导出席签约仪式。';
const STORY_2 = '据悉，该产业园项目预计投资20亿元，计划总产值280亿元，一期建设研发中心和生产基地。';
const removedKinds = (text: string) => cleanScrapedArticle(text).removed.filter((removal) => removal.kind !== 'pinyin').map((removal) => `${removal.kind}:${removal.detail ?? ''}:${removal.text}`);

describe('readPageStructure: the headline', () => {
  it('takes the headline that a date and source line follows, and drops the forum bar above it', () => {
    const result = cleanScrapedArticle(page('Some City Forum', '找回密码', '注册', 'QQ登录', '只需一步，快速开始', '查看: 2731|回复: 0', '某市建设87个重大工程项目 投资超千亿元', '[复制链接]', '发表于 2011-12-31 07:00:48 | 显示全部楼层 |阅读模式', STORY_1, STORY_2));
    expect(result.page).toMatchObject({ title: '某市建设87个重大工程项目 投资超千亿元', titleFrom: 'headline', date: '2011-12-31' });
    expect(result.paragraphs).toEqual([STORY_1, STORY_2]);
    expect(result.removed.filter((removal) => removal.line < 7).map((removal) => removal.text)).toEqual(['Some City Forum', '找回密码', '注册', 'QQ登录', '只需一步，快速开始', '查看: 2731|回复: 0']);
  });

  it('keeps a deck under the headline as the first paragraph, and reads the date, publication and byline lines', () => {
    const result = cleanScrapedArticle(page('某某葡萄酒城预计后年投用', '67个工业项目加上98个服务业项目拉动经济发展,增加税收收入', '2014年08月23日  来源:某鲁晚报', '【PDF版】', '     本报记者 张某', '', STORY_1, STORY_2));
    expect(result.page).toMatchObject({ title: '某某葡萄酒城预计后年投用', date: '2014-08-23', publication: '某鲁晚报', byline: '本报记者 张某' });
    expect(result.paragraphs[0]).toMatch(/^67个工业项目加上98个服务业项目/u);
    expect(result.paragraphs).toHaveLength(3);
  });

  it('takes a headline with a comma that a byline or a picture follows', () => {
    const result = cleanScrapedArticle(page('机械轰鸣,生物产业园建设正酣', '本文转自:某龙江日报', '□本报记者 杜某某', '【资料图】', STORY_1, '建设现场紧张而有序。本报记者 杜某某摄', STORY_2, '热门相关:', '某市召开项目推进会', '某区重点项目集中开工'));
    expect(result.page).toMatchObject({ title: '机械轰鸣，生物产业园建设正酣', publication: '某龙江日报', byline: '本报记者 杜某某' });
    expect(result.paragraphs).toEqual([STORY_1, STORY_2]);
  });

  it('finds the headline a government portal sets after the story, above its 发布时间 line', () => {
    const result = cleanScrapedArticle(page(STORY_1, '(完)', '2013年我市重点项目呈现三大特点', '发布时间:2013-03-06 来源:市发展改革委项目管理科 [打印页面][关闭窗口]'));
    expect(result.page).toMatchObject({ title: '2013年我市重点项目呈现三大特点', date: '2013-03-06', publication: '市发展改革委项目管理科' });
    expect(result.paragraphs).toEqual([STORY_1]);
  });

  it('leaves the title to the editor when the page opens on the story, and keeps its subheads', () => {
    const result = cleanScrapedArticle(page(STORY_1, '产业类项目建设高效推进', STORY_2, '●项目点击：', '其中，某某项目目前在投料试产阶段，预计明年3月预验收。'));
    expect(result.page.title).toBeUndefined();
    expect(result.paragraphs).toEqual([STORY_1, '产业类项目建设高效推进', STORY_2, '●项目点击：', '其中，某某项目目前在投料试产阶段，预计明年3月预验收。']);
  });

  it('takes the 原标题 as the title when the page has no headline', () => {
    const result = cleanScrapedArticle(page(STORY_1, STORY_2, '原标题:全县14个项目列入省重点 项目个数创历年之最'));
    expect(result.page).toMatchObject({ title: '全县14个项目列入省重点 项目个数创历年之最', titleFrom: 'original-title' });
    expect(result.paragraphs).toEqual([STORY_1, STORY_2]);
  });

  it('takes off an aggregator’s label before the headline and a headline printed again as the first line', () => {
    const story = '10月11日，某区召开了四季度重点项目集中开工仪式，此次16个项目开工建设。';
    const result = cleanScrapedArticle(page('【世界报资讯】某区16个重点项目集中开工', '某区16个重点项目集中开工', story));
    expect(result.page).toMatchObject({ title: '某区16个重点项目集中开工', titlePrefix: '【世界报资讯】' });
    expect(result.paragraphs).toEqual([story]);
  });

  it('never takes a breadcrumb, a site name or a control above the headline as the headline', () => {
    for (const above of [['您的位置:首页 >导购 >'], ['• 中国某某网移动版', '中国某某网移动版'], ['某某网汽车', '某某网汽车>全媒体>正文'], ['报料微博', '微信']]) {
      const result = cleanScrapedArticle(page(...above, '某某产业园项目签约仪式举行', '2022-03-07 10:44:00 来源: 某河日报', STORY_1));
      expect(result.page.title, above.join('/')).toBe('某某产业园项目签约仪式举行');
      expect(result.paragraphs, above.join('/')).toEqual([STORY_1]);
    }
  });
});

describe('readPageStructure: around the story', () => {
  it('drops link lists after a list header, bulleted sentences included, and the comment and legal lines', () => {
    const result = cleanScrapedArticle(page(STORY_1, STORY_2, '• 责任编辑:林某某     标签:某县 某项目 一期', '• 打印', '相关新闻', '- 某市一司机超员倒车2017-04-10', '- 强国必先强教，强教必先强师。今年9月10日是教师节。', '已有0人发表了评论', '版权所有：某某网 某ICP备11041399号-2'));
    expect(result.paragraphs).toEqual([STORY_1, STORY_2]);
    expect(result.page.editor).toBe('林某某');
  });

  it('drops what follows the story but a sentence, and keeps a notice’s signature and date', () => {
    const result = cleanScrapedArticle(page(STORY_1, '特此公告。', '某某区管理委员会', '2024年7月15日'));
    expect(result.paragraphs).toEqual([STORY_1, '特此公告。', '某某区管理委员会', '2024年7月15日']);
    expect(result.page).toMatchObject({ date: '2024-07-15', dateFrom: 'closing' });
    const widgets = cleanScrapedArticle(page(STORY_1, '搜索:autoifeng', '0人点赞', '加载中...', '大家都在看'));
    expect(widgets.paragraphs).toEqual([STORY_1]);
  });

  it('drops anti-scrape noise, template code, image names and tag lists inside the story', () => {
    const result = cleanScrapedArticle(page(STORY_1, '0 w; _- G2 b+ P$ b( ]6 t2 y', 'IMG_5054.JPG', '- {{index+1}}{{item.title}}', '电动汽车,销量,品牌,电池,合肥', STORY_2));
    expect(result.paragraphs).toEqual([STORY_1, STORY_2]);
    expect(result.removed.map((removal) => removal.detail)).toEqual(['noise', 'image-file', 'template', 'tags']);
  });

  it('drops a paragraph printed twice and a link card repeated as its caption', () => {
    const result = cleanScrapedArticle(page(STORY_1, STORY_2, STORY_1, '• 你好，某城！', '你好，某城！', '最后一段说明项目将于年底全面投产。'));
    expect(result.paragraphs).toEqual([STORY_1, STORY_2, '最后一段说明项目将于年底全面投产。']);
  });

  it('reads the publication from the dateline, preferring the paper to its website, and keeps the dateline’s space', () => {
    const result = cleanScrapedArticle(page('华声在线—某湘都市报12月8日讯 今天，某市重大项目集中竣工仪式举行。', STORY_2));
    expect(result.page.publication).toBe('某湘都市报');
    expect(result.paragraphs[0]).toBe('华声在线—某湘都市报12月8日讯 今天，某市重大项目集中竣工仪式举行。');
  });

  it('reads a day-first date by the dateline’s month', () => {
    const result = cleanScrapedArticle(page('某市67个重大建设项目本月竣工', '09.12.2015  10:52', '某网12月8日讯 今天，某市重大项目集中竣工仪式举行。', STORY_2));
    expect(result.page).toMatchObject({ title: '某市67个重大建设项目本月竣工', date: '2015-12-09' });
  });

  it('takes the byline from a bracket in the story when no line gives it, and keeps it there with its spaces', () => {
    const result = cleanScrapedArticle(page('某某网某州4月19日讯（某江日报 记者杨某 通讯员梅某某）某县狠抓重点项目建设，全力推进。', STORY_2));
    expect(result.page).toMatchObject({ byline: '某江日报 记者杨某 通讯员梅某某', publication: '某某网' });
    expect(result.paragraphs[0]).toContain('（某江日报 记者杨某 通讯员梅某某）');
  });

  it('prefers a writer’s byline to a photo credit, and uses a credit when there is no writer', () => {
    expect(cleanScrapedArticle(page(STORY_1, '文/某河日报记者 张某某', '图/某河日报记者 张某')).page.byline).toBe('某河日报记者 张某某');
    expect(cleanScrapedArticle(page(STORY_1, '制圖/姜某某', '作者:制圖姜某某')).page.byline).toBe('制图 姜某某');
  });

  it('joins print columns hard-wrapped mid-sentence, and not headings or finished sentences', () => {
    const result = cleanScrapedArticle(page('某市：37个项目集中开工，总投资249亿元，包括某某通用机场、', '某某人工湿地等项目。', '某县通用汽车项目', '继汽车三期项目投用后，三条生产线改造项目开工建设。', '某区：67个项目集中开工。其中，某某铁路为省上开工项目，其余', '65个项目总投资420.6亿元。'));
    expect(result.paragraphs).toEqual(['某市：37个项目集中开工，总投资249亿元，包括某某通用机场、某某人工湿地等项目。', '某县通用汽车项目', '继汽车三期项目投用后，三条生产线改造项目开工建设。', '某区：67个项目集中开工。其中，某某铁路为省上开工项目，其余65个项目总投资420.6亿元。']);
  });

  it('reports every line it takes out, with its kind, where it stood', () => {
    expect(removedKinds(page('某区项目集中开工', '2023-03-27 来源:某日报', STORY_1, '责任编辑:王某'))).toEqual(['headline::某区项目集中开工', 'chrome:metadata:2023-03-27 来源:某日报', 'chrome:metadata:责任编辑:王某']);
    expect(cleanScrapedArticle(page('某区项目集中开工', '2023-03-27 来源:某日报', STORY_1)).removed.map((removal) => [removal.line, removal.column])).toEqual([[1, 1], [2, 1]]);
  });
});
