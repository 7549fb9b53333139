// Page chrome scraped along with an article, recognised by what a line says: controls (关闭, 打印, 分享到,
// forum login bars), metadata fields (来源, 责任编辑, 发布时间 …), navigation bars and breadcrumbs, headers of
// link lists (相关阅读, 一周热门), legal lines (版权所有, ICP/公网安备), image file names, anti-scrape noise,
// template code, separators, comment boxes, photo captions and end marks. Only whole lines are matched; a
// sentence that mentions 来源 stays. Where a line stands (above the headline, after the article) is the page
// structure's business (structure.ts); this module only reads lines.
// Patterns are written in Simplified and matched against the line folded to Simplified characters.
import { parseByline } from './byline.ts';
import { foldToSimplified } from './script.ts';

export type ChromeKind =
  | 'masthead'
  | 'button'
  | 'share'
  | 'metadata'
  | 'navigation'
  | 'list-header'
  | 'legal'
  | 'image-file'
  | 'media'
  | 'noise'
  | 'template'
  | 'separator'
  | 'comments'
  | 'tags'
  | 'caption'
  | 'end-mark';

/** What metadata fields say, in the scraped script. */
export interface ArticleMeta {
  /** The original publisher (来源, 转自, 发布机构), with how sure the label is: 转自 outranks 来源, which outranks 发布机构. */
  source?: string;
  sourceRank?: number;
  editor?: string;
  /** An author field (作者：记者 张三) or a photo credit. */
  author?: string;
  /** The text of a date field (发布时间：…), or of the date a metadata line carries. */
  date?: string;
  /** The 原标题 a republished article names. */
  originalTitle?: string;
}

export interface ChromeMatch {
  kind: ChromeKind;
  meta: ArticleMeta;
  /** The line's fields are only a date (时间：…): page metadata near the headline, but maybe content inside a notice. */
  dateOnly?: boolean;
  /** The label that named the editor: 责任编辑 outranks 编辑 when several lines name one. */
  editorLabel?: string;
}

export interface ChromeOptions {
  /** More whole-line patterns to drop, tested against the line folded to Simplified. */
  extraLines?: RegExp[];
}

const OPEN = '[\\[【〔(（<《「]';
const CLOSE = '[\\]】〕)）>》」]';
const CROSS = '[xX×✕✖╳ＸｘⅩ]';
const SEPARATOR = '[\\s|｜丨/／·•、,，]';
const BULLET = /^(?:[-•·*●○◆◇▪▫►▶▲△■□★☆]\s*)+/u;

// ------------------------------------------------------------------------------------------ controls

// button := [open] [×] label [×] [close]; both brackets are optional on their own (【字号 is cut short).
const BUTTON_LABELS = [
  '关闭(?:窗口|视窗|本页|此页|页面)?', '打印(?:本页|此页|本文|此文|页面|文章)?', '列印', '返回(?:顶部|首页|列表|上一页|目录)?', '回到(?:顶部|首页)', '顶部',
  '(?:加入|添加)?收藏(?:本文|此文|本站|本页)?', '设为首页', '(?:我要)?纠错', '举报', '(?:我要|发表|网友|查看|参与)?评论', '我来说两句', '推荐(?:给朋友)?', '复制(?:链接|网址)',
  '扫一扫', '扫(?:描)?二维码', '二维码', '手机(?:看新闻|阅读|版|浏览)', '点赞', '字[号体](?:[:：]?\\s*(?:大\\s*中\\s*小|\\[\\s*\\]|默认|放大|缩小))?', '大\\s*中\\s*小',
  '上一篇', '下一篇', '更多', '(?:查看|阅读|展开)(?:原文|全文)', '在线投稿', '投稿', '订阅', '繁体', '简体', '无障碍', '(?:下载|打开)\\s*APP',
  '找回密码', '(?:免费)?注册', '(?:QQ|微信|微博|快速|立即)?登录', '只需一步[,，]?\\s*快速开始', '快速开始', '显示全部楼层', '阅读模式', '只看该作者', '倒序浏览',
  'PDF版', '电子版', '数字报', '(?:我要)?[报爆]料(?:热线|邮箱)?', '点击排行', '三天', '一周', '一月', '24小时', '本周', '本月', '排行榜?',
];
const BUTTON = `${OPEN}?\\s*(?:${CROSS}\\s*)?(?:${BUTTON_LABELS.join('|')})(?:\\s*${CROSS})?\\s*${CLOSE}?`;
// line of buttons := button (separator+ button)*
const BUTTON_LINE = new RegExp(`^${CROSS}$|^${BUTTON}(?:${SEPARATOR}*${BUTTON})*$`, 'u');
// 关注河南热线, 请关注我们的微信公众号: a prompt to follow the site.
const FOLLOW_LINE = /^(?:请|欢迎)?(?:关注|扫码关注|扫描关注)[\p{Script=Han}A-Za-z]{0,12}?(?:网|热线|微信|微博|公众号|号|客户端|APP|抖音|视频号)?$/u;

// share bar := [分享到[:：]] target*, with at least the prefix or one target
const SHARE_TARGETS = '(?:微信朋友圈|微信好友|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|百度贴吧|贴吧|抖音|今日头条|Facebook|Twitter|LinkedIn|WhatsApp|Telegram|复制链接|二维码)';
const SHARE_LINE = new RegExp(`^(?:${OPEN}?分享(?:到|至|本文|给好友)?${CLOSE}?\\s*[:：]?(?:${SEPARATOR}*${SHARE_TARGETS})*|${SHARE_TARGETS}(?:${SEPARATOR}*${SHARE_TARGETS})*)${SEPARATOR}*$`, 'iu');

// ------------------------------------------------------------------------------------------ navigation

// navigation := (上一篇|下一篇) [:：] title
const PREVIOUS_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：].{0,60}$/u;
// breadcrumb := [位置 [:：]] item (arrow item)+, or 当前位置：item
const WHERE = '(?:[您你]?(?:当前|现在|所在)?的?位置)';
// A slash separates crumbs only after 当前位置: elsewhere 2023/05/10 would read as a breadcrumb.
const ARROW = '\\s*(?:>>|->|=>|→|»|›|＞|>)\\s*';
const ARROW_OR_SLASH = '\\s*(?:>>|->|=>|→|»|›|＞|>|/)\\s*';
const CRUMB = '[^>»›＞→。！？!?，,；;]{1,14}?';
const BREADCRUMB = new RegExp(`^(?:${WHERE}\\s*[:：]?\\s*${CRUMB}(?:${ARROW_OR_SLASH}${CRUMB})*|${CRUMB}(?:${ARROW}${CRUMB}){2,})\\s*(?:${ARROW_OR_SLASH})?$`, 'u');
// navigation bar := item (| item){2,}, short items, like 首页 | 新闻 | 图片 | 视频
const NAV_ITEM = '[\\p{Script=Han}A-Za-z0-9…]{1,8}';
const NAV_BAR = new RegExp(`^${NAV_ITEM}(?:\\s*[|｜丨]\\s*${NAV_ITEM}){2,}\\s*[|｜丨]?$`, 'u');

// list header := [更多>>] … (相关|热门|推荐 …) … (新闻|阅读|图片 …) [: items], like 相关阅读, 一周热门, 更多>>漳州热点新闻
const LIST_START = '(?:相关|延伸|推荐|热点|热门|最新|近期|精彩|头条|一周|今日|本周|点击|阅读|编辑|网友|往期|为你|猜你|图片|视频|频道|进入)';
const LIST_END = '(?:新闻|阅读|链接|文章|报道|评论|专题|图片|推荐|图文|视频|热点|回顾|排行|喜欢|热词|相关|资讯|热门|频道|推送)';
const LIST_HEADER = new RegExp(`^(?:更多\\s*[>》]*\\s*)?[\\p{Script=Han}]{0,6}?${LIST_START}[\\p{Script=Han}\\s]{0,8}?${LIST_END}(?:\\s*[:：>》]+.{0,24})?$|^${LIST_START}[:：]?$`, 'u');

// masthead := site name [channel], like 凤凰网汽车, 中国台湾网移动版, 定海新闻网; or a site's tagline (…资讯新闻站点).
const CHANNEL = '(?:移动版|手机版|电脑版|触屏版|首页|频道|新闻|资讯|财经|汽车|科技|房产|健康|体育|娱乐|教育|旅游|文化|国际|国内|地方|时政|社会|军事|视频|图片|客户端|APP)';
const MASTHEAD = new RegExp(`^[\\p{Script=Han}A-Za-z0-9.]{1,10}(?:网|在线|网站|门户)${CHANNEL}?$|(?:网站|站点|门户|官网|官方网站)$|^(?:${CHANNEL})$`, 'u');

// ------------------------------------------------------------------------------------------ other whole lines

const LEGAL = new RegExp(
  [
    '版权所有', '版权声明', '免责声明', '版权及免责声明', 'copyright', '©', 'ICP备', 'ICP证', '公网安备', '网安备\\d', '增值电信业务', '违法和不良信息举报',
    '未经(?:本网)?(?:书面)?授权[,，]?(?:不得|禁止|严禁)(?:转载|复制|使用)', '转载(?:时)?(?:请|须)(?:注明|获得授权)', '特别声明[:：]以上内容', '仅提供信息存储服务',
    'Notice[:：]\\s*The content above', '本网所属版权作品', '本站所有(?:文章|内容)', '不代表本(?:网|站|平台)(?:的)?(?:立场|观点)', '不代表[\\p{Script=Han}]{1,12}观点', '侵犯(?:到)?您的(?:合法)?权益', '如有侵权',
  ].join('|'),
  'iu',
);
const IMAGE_FILE = /^(?:[^\s/\\]+\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg|heic)(?:\.(?:jpe?g|png|gif|bmp|webp))?\s*)+$/iu;
// A line standing for a picture or a video that was not scraped: 文章图片, 点击播放.
const MEDIA_LINE = /^(?:文章图片|图片|资料图片?|组图|高清组图|多图|视频|点击播放|点击查看大图|查看大图|高清大图|图集)$/u;
// A related link's teaser, cut short and dated: 几年前这里还是一片普通的原野… 2024-04-02.
const TEASER = /(?:…{1,2}|\.{3,})\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/u;
const TEMPLATE = /\{\{[^}]*\}\}|\{%[^%]*%\}|\$\{[^}]*\}|<%[^%]*%>/u;
const SEPARATOR_LINE = /^[-—=_*~#·.。…]{3,}\s*(?:分隔线|分割线|华丽的分割线)?\s*[-—=_*~#·.。…]*$/u;
const COMMENTS = /^(?:已有\s*\d+\s*人(?:发表了?|参与了?)?(?:评论|讨论)|共有?\s*\d+\s*条评论|\d+\s*条评论|评论\s*[(（]\d+[)）]|(?:请)?输入验证码|验证码|网友评论(?:仅供其表达个人看法)?.{0,20}|发表评论|查看评论|我来说两句)$/u;
// caption := sentence(s) credit, credit := [role] name 摄 | 供图
const CAPTION = /^.{2,80}?[。！]?\s*(?:(?:本报|本刊|新华社|中新社)?(?:记者|通讯员|特约记者|摄影记者)?\s*[\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,4})*\s*摄(?:影)?|[\p{Script=Han}]{2,12}供图|[。！](?:新华社|中新社|人民网|央视网|本报)发(?:\s*[(（][^()（）]{2,20}[)）])?)$/u;
// A list of tags with no label: 电动汽车,销量,蔚来,电池,蔚来,合肥 (short items, no sentence).
const TAG_ITEM = '[\\p{Script=Han}A-Za-z0-9]{1,8}';
const TAG_LIST = new RegExp(`^${TAG_ITEM}(?:\\s*[,，|｜]\\s*${TAG_ITEM}){3,}$`, 'u');
const END_MARK = /^[(（【\[]?\s*完\s*[)）】\]]?$/u;
// What a broken PHP page prints into its HTML: Warning: Illegal string offset … in /path/file.php on line 12
const SERVER_ERROR = /^(?:PHP\s+)?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)\s*:.*\b(?:in|on line)\b/iu;
const HAN = /\p{Script=Han}/u;

/** No Han and mostly short tokens of mixed letters, digits and symbols: 0 w; _- G2 b+ P$ b( ]6 t2 y. */
export function isNoise(line: string): boolean {
  if (HAN.test(line)) return false;
  const tokens = line.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return false;
  // A lone number or two (1, 2 between paragraphs: an image counter or a slide number).
  if ([...line.replace(/\s/gu, '')].length <= 3 && !/\p{L}{2}/u.test(line)) return true;
  const junk = tokens.filter((token) => [...token].length <= 3 && (/[^\p{L}\p{N}]/u.test(token) || (/\p{L}/u.test(token) && /\p{N}/u.test(token))));
  if (tokens.length >= 4) return junk.length / tokens.length >= 0.5;
  // A line of only symbols: ※※※, ///, ◆◆
  return /^[^\p{L}\p{N}]+$/u.test(line.replace(/\s/gu, ''));
}

// ------------------------------------------------------------------------------------------ metadata fields

// Labels, longest first within each group. A value follows a colon; the labels in WITH_SPACE may also take a
// space (发表于 2011-12-31, 【编辑 李瑞艳】).
const SOURCE_LABELS: ReadonlyArray<readonly [string, number]> = [
  ['本文转自', 3], ['转载自', 3], ['转载于', 3], ['转自', 3],
  ['消息来源', 2], ['文章来源', 2], ['本文来源', 2], ['新闻来源', 2], ['信息来源', 2], ['稿件来源', 2], ['来源于', 2], ['来源', 2], ['稿源', 2], ['出处', 2],
  ['发布机构', 1], ['发布单位', 1], ['供稿单位', 1], ['供稿', 1],
];
const EDITOR_LABELS = ['责任编辑', '网络编辑', '值班编辑', '本版编辑', '责编', '编辑', '编审'];
const AUTHOR_LABELS = ['作者', '撰稿', '撰文', '记者', '通讯员', '摄影', '摄像', '制图'];
const DATE_LABELS = ['发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '刊发时间', '刊发日期', '时间', '日期', '发表于', '发布于'];
const ORIGINAL_TITLE = '原标题';
const OTHER_LABELS = [
  '校对', '审核', '审校', '终审', '监制', '签发', '浏览次数', '浏览量', '浏览', '点击数', '点击量', '点击', '阅读数', '阅读量', '阅读', '查看', '回复', '评论数',
  '图片来源', '图片编辑', '视频来源', '图源', '图片作者', '标签', '文章关键词', '关键词', '关键字', 'Tags', 'TAG', '体裁分类', '主题分类', '分类', '文号', '索引号', '字体', '字号',
  '所属栏目', '栏目', '所属频道', '频道', '版次', '版名', '出品', '策划', '统筹', '设计', '分享', '文章作者', '文章阅读量',
];
const WITH_SPACE = ['发表于', '发布于', '编辑', '责任编辑', '责编', '作者', '来源', '转自'];
const ALL_LABELS = [...SOURCE_LABELS.map(([label]) => label), ...EDITOR_LABELS, ...AUTHOR_LABELS, ...DATE_LABELS, ORIGINAL_TITLE, ...OTHER_LABELS].sort((a, b) => b.length - a.length);
const LABEL = new RegExp(`(${ALL_LABELS.join('|')})(?:\\s*[:：]\\s*|(?<=${WITH_SPACE.join('|')})\\s+(?=\\S))`, 'giu');
const BRACKETED = new RegExp(`^${OPEN}\\s*(.*?)\\s*${CLOSE}$`, 'u');
// What may stand before the first field: a bullet, a domain, a date, a time, the site's name.
const META_PREFIX = /^(?:[-•·*●]\s*)?(?:(?:[\w-]+\.)+(?:com|cn|net|org|gov|edu|info|cc|tv)(?:\.cn)?|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|[\p{Script=Han}]{2,12}(?:网|报|在线|客户端|电视台|新闻)|[|｜\s])*$/u;
const MAX_VALUE = 40;
// A value that holds a sentence is body text; one with a colon (other than in a time) has a label we do not know.
const NOT_A_VALUE = /[。！？!?；;：]|(?<!\d):(?!\d)/u;
// Controls a value trails (来源：东南网  我来说两句): cut off the value.
const TRAILING_CONTROLS = new RegExp(`(?:\\s+|(?=${OPEN}))(?:${BUTTON}(?:${SEPARATOR}*${BUTTON})*)\\s*$`, 'u');

const sourceRank = (label: string) => SOURCE_LABELS.find(([name]) => name === label)?.[1];

// [name] [@]date [time]: 西咸新区管委会2022-12-29 18:11, 西西新闻  @2023-05-23. The name is the publisher when
// it reads as one (an outlet or a public body), not an aggregator's label.
const PUBLISHER_DATE = /^(?:[-•·*●]\s*)?([\p{Script=Han}A-Za-z0-9.·]{2,16}?)\s*@?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$/u;
const PUBLISHER = /(?:日报|晚报|报|网|新闻|在线|客户端|社|台|融媒体中心|管委会|委员会|政府|局|委|办|厅|中心|集团|公司)$/u;
// Values that name no publisher: 来源：本站, 来源：互联网, 作者：佚名.
const NO_VALUE = /^(?:本站|本网|原创|互联网|网络|网络整理|综合|佚名|未知|匿名|admin|管理员|次|\[\s*\])$/iu;

function matchMetadata(folded: string, original: string): ChromeMatch | undefined {
  const publisherDate = PUBLISHER_DATE.exec(folded);
  if (publisherDate && !/\d{4}$/u.test(publisherDate[1]!)) {
    const name = original.replace(/^[-•·*●]\s*/u, '').slice(0, publisherDate[1]!.length);
    const meta: ArticleMeta = { date: publisherDate[2]! };
    if (PUBLISHER.test(publisherDate[1]!)) Object.assign(meta, { source: name, sourceRank: 1 });
    return { kind: 'metadata', meta };
  }
  // Fields each in brackets, 【发布日期:2020-08-31】 【来源:本站】, are read as one line of fields.
  if (/^(?:\s*[【\[][^】\]]*[】\]]\s*){2,}$/u.test(folded)) {
    const unbracket = (text: string) => text.replace(/[【\[\]】]/gu, ' ');
    return matchMetadata(unbracket(folded).trim(), unbracket(original).trim());
  }
  // A bracketed line, like [责任编辑:张三] or 【编辑 李瑞艳】, is read without its brackets.
  const bracketed = BRACKETED.exec(folded);
  const body = bracketed?.[1] !== undefined && new RegExp(`^(?:${ALL_LABELS.join('|')})`, 'u').test(bracketed[1]) ? bracketed[1] : folded;
  const offset = body === folded ? 0 : folded.indexOf(body);
  const labels = [...body.matchAll(LABEL)];
  const first = labels[0];
  if (!first || !META_PREFIX.test(body.slice(0, first.index))) return undefined;
  const meta: ArticleMeta = {};
  let editorLabel: string | undefined;
  let onlyDates = true;
  const prefix = body.slice(0, first.index);
  if (/\d/u.test(prefix)) meta.date = original.slice(offset, offset + first.index).trim();
  for (const [i, label] of labels.entries()) {
    const name = label[1] ?? '';
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? body.length;
    let value = original.slice(offset + start, offset + end).replace(new RegExp(`${SEPARATOR}+$`, 'u'), '').trim();
    value = value.replace(TRAILING_CONTROLS, '').trim();
    if (name !== ORIGINAL_TITLE && (value.length > MAX_VALUE || NOT_A_VALUE.test(foldToSimplified(value)))) return undefined;
    if (!DATE_LABELS.includes(name)) onlyDates = false;
    if (value === '' || NO_VALUE.test(foldToSimplified(value))) continue;
    const rank = sourceRank(name);
    if (rank !== undefined && rank > (meta.sourceRank ?? 0)) {
      meta.source = value;
      meta.sourceRank = rank;
    }
    if (EDITOR_LABELS.includes(name) && editorRank(name) > editorRank(editorLabel)) {
      meta.editor = value;
      editorLabel = name;
    }
    if (AUTHOR_LABELS.includes(name)) meta.author ??= name === '作者' || name === '撰稿' || name === '撰文' ? value : `${name} ${value}`;
    if (DATE_LABELS.includes(name)) meta.date ??= value;
    if (name === ORIGINAL_TITLE) meta.originalTitle = value;
  }
  const match: ChromeMatch = { kind: 'metadata', meta };
  if (onlyDates && prefix.trim() === '') match.dateOnly = true;
  if (editorLabel !== undefined) match.editorLabel = editorLabel;
  return match;
}

export function editorRank(label: string | undefined): number {
  return label === undefined ? 0 : EDITOR_LABELS.length - EDITOR_LABELS.indexOf(label);
}

/** Tells whether a whole line (already trimmed) is page chrome, and what metadata it carries. */
export function matchChromeLine(line: string, options: ChromeOptions = {}): ChromeMatch | undefined {
  const folded = foldToSimplified(line.trim());
  if (SEPARATOR_LINE.test(folded)) return { kind: 'separator', meta: {} };
  const plain = folded.replace(BULLET, '').trim();
  if (plain === '') return { kind: 'noise', meta: {} };
  if (options.extraLines?.some((pattern) => pattern.test(folded))) return { kind: 'button', meta: {} };
  if (BUTTON_LINE.test(plain) || FOLLOW_LINE.test(plain)) return { kind: 'button', meta: {} };
  if (SHARE_LINE.test(plain)) return { kind: 'share', meta: {} };
  if (PREVIOUS_NEXT.test(plain) || BREADCRUMB.test(plain) || NAV_BAR.test(plain)) return { kind: 'navigation', meta: {} };
  if (TEMPLATE.test(plain) && [...plain.replace(new RegExp(TEMPLATE.source, 'gu'), '')].filter((char) => HAN.test(char)).length <= 4) return { kind: 'template', meta: {} };
  if (SEPARATOR_LINE.test(plain)) return { kind: 'separator', meta: {} };
  if (END_MARK.test(plain)) return { kind: 'end-mark', meta: {} };
  if (IMAGE_FILE.test(plain)) return { kind: 'image-file', meta: {} };
  if (MEDIA_LINE.test(plain)) return { kind: 'media', meta: {} };
  if (TEASER.test(plain)) return { kind: 'navigation', meta: {} };
  if (COMMENTS.test(plain)) return { kind: 'comments', meta: {} };
  if (SERVER_ERROR.test(plain)) return { kind: 'noise', meta: {} };
  if (MASTHEAD.test(plain)) return { kind: 'masthead', meta: {} };
  if (LEGAL.test(plain) && [...plain].length <= 300) return { kind: 'legal', meta: {} };
  if (isNoise(plain)) return { kind: 'noise', meta: {} };
  const metadata = matchMetadata(folded.replace(BULLET, ''), line.trim().replace(BULLET, ''));
  if (metadata) return metadata;
  if (LIST_HEADER.test(plain) && [...plain].length <= 30) return { kind: 'list-header', meta: {} };
  if (TAG_LIST.test(plain)) return { kind: 'tags', meta: {} };
  if (CAPTION.test(plain) && !parseByline(plain)) {
    const credit = /(?:(?:本报|本刊|新华社)?(?:记者|通讯员|特约记者|摄影记者)?\s*[\p{Script=Han}]{2,4}(?:\s+[\p{Script=Han}]{2,4})*)\s*摄(?:影)?$/u.exec(plain);
    const author = credit ? line.trim().slice(line.trim().length - credit[0].length).replace(/^[。！\s]+/u, '') : undefined;
    return { kind: 'caption', meta: author ? { author } : {} };
  }
  return undefined;
}
