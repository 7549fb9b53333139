import { describe, expect, it } from 'vitest';
import { isNoise, matchChromeLine, type ChromeKind } from './chrome.ts';

const kindOf = (line: string) => matchChromeLine(line)?.kind;

function expectKind(kind: ChromeKind, lines: string[]) {
  for (const line of lines) expect(kindOf(line), line).toBe(kind);
}

describe('matchChromeLine(line)', () => {
  it('matchChromeLine reads close, print and font-size controls in either script', () => {
    expectKind('button', ['X 關閉', 'X 关闭', '×关闭', '关闭窗口', '【关闭窗口】', '[关闭]', '關閉視窗', 'Ｘ', '关闭 ×', '【打印】', '[打印]', '返回顶部', '回到頂部', '【打印】【关闭】', '打印本页 | 关闭窗口', '字号：大 中 小', '【纠错】', '扫一扫', '• 打印', '• 收藏', '• 【字号', '【PDF版】']);
  });

  it('matchChromeLine reads forum and login bars and prompts to follow a site', () => {
    expectKind('button', ['找回密码', '注册', 'QQ登录', '只需一步，快速开始', '[复制链接]', '关注某某热线', '请关注我们的微信公众号', '我要报料']);
  });

  it('matchChromeLine reads share bars', () => {
    expectKind('share', ['分享到：', '微信 微博 QQ空间', '分享到： 微信 | 新浪微博 | QQ好友', '分享至 朋友圈', '【分享】', 'Facebook Twitter']);
  });

  it('matchChromeLine reads breadcrumbs, navigation bars and previous/next links', () => {
    expectKind('navigation', ['当前位置：首页 > 新闻 > 正文', '您当前的位置 : 首页 -> 要闻 -> 列表', '您的位置:首页 >导购 >', '首页 > 国内新闻 > 正文', '首页 | 新闻大观 | 图片 | 视频 | 专题', '上一篇：某区召开项目推进会', '看看这个项目… 2024-04-02']);
  });

  it('matchChromeLine reads the headers of link lists', () => {
    expectKind('list-header', ['相关阅读', '相關閱讀', '热点图片', '一周热门', '推荐阅读', '延伸阅读', '相关专题: 某某专题', '更多>>某市热点新闻', '- 进入新闻频道新闻推荐', '热门相关：', '近期热点']);
  });

  it('matchChromeLine reads copyright, licence and disclaimer lines', () => {
    expectKind('legal', ['版权所有：某某信息网 京ICP备12345678号-2 京公网安备11010502000000', '某公网安备32010002000000号', '【版权及免责声明】凡本网所属版权作品，转载时须获得授权并注明来源。', '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务。', 'Notice: The content above (including the pictures and videos if any) is uploaded by users.', '文章内容来源于网络，不代表本站立场，若侵犯到您的权益，请联系删除。']);
  });

  it('matchChromeLine reads image files, media placeholders, template code and separators', () => {
    expectKind('image-file', ['IMG_5054.JPG', 'Still1021_00002.bmp', 'xxxx.jpg.jpg', 'image.png']);
    expectKind('media', ['文章图片', '点击播放']);
    expectKind('template', ['- {{index+1}}{{item.title}}', '{% for item in list %}']);
    expectKind('separator', ['------分隔线----------------------------', '==========', '***']);
  });

  it('matchChromeLine reads comment boxes, tag lists, captions and end marks', () => {
    expectKind('comments', ['已有0人发表了评论', '請輸入驗證碼', '共有3条评论']);
    expectKind('tags', ['电动汽车,销量,品牌,电池,合肥']);
    expectKind('caption', ['建设现场紧张而有序。本报记者 张某某摄', '8月3日，开工仪式在基坑底部举行。新华社发']);
    expectKind('end-mark', ['(完)', '（完）', '【完】']);
  });

  it('matchChromeLine reads anti-scrape noise and server errors as noise', () => {
    expectKind('noise', ['0 w; _- G2 b+ P$ b( ]6 t2 y', '※※※', '-', '1', "Warning: Illegal string offset 'ad' in /home/www/theme/single.php on line 12"]);
  });

  it('matchChromeLine reads site names and taglines as mastheads', () => {
    expectKind('masthead', ['某某网汽车', '中国某某网移动版', '定海新闻网', '某城—第9个“国家中心城市”资讯新闻站点']);
  });

  it('matchChromeLine reads metadata fields and what they say', () => {
    expect(matchChromeLine('来源：新华社')).toMatchObject({ kind: 'metadata', meta: { source: '新华社' } });
    expect(matchChromeLine('來源:大慶日報')).toMatchObject({ kind: 'metadata', meta: { source: '大慶日報' } });
    expect(matchChromeLine('来源：人民日报（海外版） 编辑：张三')?.meta).toMatchObject({ source: '人民日报（海外版）', editor: '张三' });
    expect(matchChromeLine('[责任编辑:李明]')?.meta).toMatchObject({ editor: '李明' });
    expect(matchChromeLine('【编辑 李某某】')?.meta).toMatchObject({ editor: '李某某' });
    expect(matchChromeLine('发布时间：2023-04-20 09:30 | 来源：某某网')?.meta).toMatchObject({ source: '某某网', date: '2023-04-20 09:30' });
    expect(matchChromeLine('时间:2021-12-29 09:40:11来源:某某日报')?.meta).toMatchObject({ source: '某某日报', date: '2021-12-29 09:40:11' });
    expect(matchChromeLine('本文转自：某某日报')?.meta).toMatchObject({ source: '某某日报', sourceRank: 3 });
    expect(matchChromeLine('网络编辑：王某')?.meta).toMatchObject({ editor: '王某' });
    expect(matchChromeLine('文章关键词：重点项目 开工')?.kind).toBe('metadata');
    expect(matchChromeLine('原标题：某县14个项目列入省重点')?.meta).toMatchObject({ originalTitle: '某县14个项目列入省重点' });
    expect(matchChromeLine('作者：记者 王某某 通讯员 方某')?.meta).toMatchObject({ author: '记者 王某某 通讯员 方某' });
  });

  it('matchChromeLine reads a date line with the site, a time and controls before or after its fields', () => {
    expect(matchChromeLine('www.example.com  2017-04-19 10:53:56   来源:某南网  我来说两句')?.meta).toMatchObject({ source: '某南网', date: 'www.example.com  2017-04-19 10:53:56' });
    expect(matchChromeLine('2014年08月23日  来源:某鲁晚报')?.meta).toMatchObject({ source: '某鲁晚报' });
    expect(matchChromeLine('某某产业经济信息网   时间:2024-02-22')?.meta).toMatchObject({ date: '2024-02-22' });
    expect(matchChromeLine('发表于 2011-12-31 07:00:48 | 显示全部楼层 |阅读模式')?.meta.date).toMatch(/^2011-12-31/u);
    expect(matchChromeLine('发布时间:2013-03-06 来源:市发展改革委项目管理科 [打印页面][关闭窗口]')?.meta).toMatchObject({ source: '市发展改革委项目管理科' });
    expect(matchChromeLine('【发布日期:2020-08-31】 【来源:本站】 【阅读:次】【作者:】')?.meta).toEqual({ date: '2020-08-31' });
  });

  it('matchChromeLine reads a publisher followed by a date as a metadata line', () => {
    expect(matchChromeLine('某新区管委会2022-12-29 18:11')?.meta).toMatchObject({ source: '某新区管委会', date: '2022-12-29 18:11' });
    expect(matchChromeLine('某某新闻  @2023-05-23')?.meta).toMatchObject({ source: '某某新闻' });
    expect(matchChromeLine('城市镜像.新闻汇总 2020-12-27')?.meta).toEqual({ date: '2020-12-27' });
  });

  it('matchChromeLine tells a date field from a sentence about dates', () => {
    expect(matchChromeLine('时间：2024年5月10日')?.dateOnly).toBe(true);
    expect(matchChromeLine('来源：新华社')?.dateOnly).toBeUndefined();
  });

  it('matchChromeLine keeps sentences that merely mention a label or a control', () => {
    for (const line of [
      '项目资金来源：中央预算内投资3亿元，地方配套2亿元。',
      '来源：据统计，今年全市完成投资三百亿元。',
      '据来源可靠的消息，项目将于年底投产。',
      '编辑部全体同志向读者致以问候',
      '关闭落后产能是今年的重点任务。',
      '分享到朋友圈的照片引发热议。',
      '上一篇报道提到，园区已有30家企业入驻。',
      '大庆高新区项目开工',
      '开发区通用汽车项目',
      '相关项目推进情况',
      '5G网络建设提速',
      '●项目点击：',
      '记者从市发改委获悉，项目进展顺利。',
    ]) {
      expect(matchChromeLine(line), line).toBeUndefined();
    }
  });

  it('matchChromeLine drops the patterns a caller adds', () => {
    expect(matchChromeLine('本站原创，转载请注明出处', { extraLines: [/^本站原创/u] })?.kind).toBe('button');
  });
});

describe('isNoise(line)', () => {
  it('isNoise tells anti-scrape junk from Latin words and dates', () => {
    expect(isNoise('0 w; _- G2 b+ P$ b( ]6 t2 y')).toBe(true);
    expect(isNoise('Shanghai WTO Forum')).toBe(false);
    expect(isNoise('2015-12-26')).toBe(false);
    expect(isNoise('项目 a1 b2 c3 d4')).toBe(false);
  });
});
