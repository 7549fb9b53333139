// Page chrome scraped along with the article: close buttons, share bars, print and navigation links,
// and metadata lines (来源, 责任编辑 …). Only whole lines are dropped; a sentence that mentions 来源 stays.
// Metadata lines say something the importer wants: their source and editor go to `file.data.meta`.
// Patterns are written in Simplified and matched against the line folded to Simplified characters.
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { pointAt } from './origin.ts';
import { paragraphTexts } from './paragraphs.ts';
import { recordRemoval } from './removals.ts';
import { foldToSimplified } from './script.ts';

export interface ArticleMeta {
  source?: string;
  editor?: string;
}

declare module 'vfile' {
  interface DataMap {
    meta: ArticleMeta;
  }
}

export interface ChromeOptions {
  /** More whole-line patterns to drop, tested against the line folded to Simplified. */
  extraLines?: RegExp[];
}

export interface ChromeMatch {
  kind: 'button' | 'share' | 'metadata';
  meta: ArticleMeta;
  /** The label that named the editor: 责任编辑 outranks 编辑 when several lines name one. */
  editorLabel?: string;
}

const OPEN = '[\\[【〔(（<《]';
const CLOSE = '[\\]】〕)）>》]';
const CROSS = '[xX×✕✖╳ＸｘⅩ]';
const SEPARATOR = '[\\s|｜丨/／·•、,，]';

// button := [open] [×] label [×] [close]
const BUTTON_LABELS = [
  '关闭(?:窗口|视窗|本页|此页|页面)?', '打印(?:本页|此页|本文|此文)?', '列印', '返回(?:顶部|首页|列表|上一页)?', '回到(?:顶部|首页)',
  '收藏(?:本文|此文)?', '(?:我要)?纠错', '举报', '(?:我要|发表|网友|查看)?评论', '推荐(?:给朋友)?', '复制链接', '扫一扫', '扫描二维码',
  '手机(?:看新闻|阅读|版)', '点赞', '字[号体][:：]?\\s*大\\s*中\\s*小', '上一篇', '下一篇', '相关(?:阅读|新闻|链接)', '更多', '(?:查看|阅读)原文', '在线投稿',
];
const BUTTON = `${OPEN}?\\s*(?:${CROSS}\\s*)?(?:${BUTTON_LABELS.join('|')})(?:\\s*${CROSS})?\\s*${CLOSE}?`;
// line of buttons := button (separator+ button)*
const BUTTON_LINE = new RegExp(`^${CROSS}$|^${BUTTON}(?:${SEPARATOR}*${BUTTON})*$`, 'u');
// navigation := (上一篇|下一篇) [:：] title
const NAVIGATION_LINE = /^(?:上一篇|下一篇|上一条|下一条)\s*[:：].{0,60}$/u;

// share bar := [分享到[:：]] target*, with at least the prefix or one target
const SHARE_TARGETS = '(?:微信朋友圈|微信好友|微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|百度贴吧|贴吧|抖音|今日头条|Facebook|Twitter|LinkedIn|WhatsApp|Telegram|复制链接|二维码)';
const SHARE_LINE = new RegExp(`^(?:${OPEN}?分享(?:到|至|本文|给好友)?${CLOSE}?\\s*[:：]?(?:${SEPARATOR}*${SHARE_TARGETS})*|${SHARE_TARGETS}(?:${SEPARATOR}*${SHARE_TARGETS})*)${SEPARATOR}*$`, 'iu');

// metadata line := [open] field (separator* field)* [close], field := label [:：] value
const SOURCE_LABELS = ['文章来源', '本文来源', '新闻来源', '信息来源', '稿件来源', '来源', '稿源', '出处'];
const EDITOR_LABELS = ['责任编辑', '责编', '编辑'];
const OTHER_LABELS = ['校对', '审核', '审校', '终审', '监制', '发布时间', '发布日期', '更新时间', '浏览次数', '点击数', '阅读数', '图片来源', '图片编辑'];
const LABEL = new RegExp(`(${[...SOURCE_LABELS, ...EDITOR_LABELS, ...OTHER_LABELS].join('|')})\\s*[:：]\\s*`, 'gu');
const LABEL_AT_START = new RegExp(`^(?:${[...SOURCE_LABELS, ...EDITOR_LABELS, ...OTHER_LABELS].join('|')})\\s*[:：]`, 'u');
const BRACKETED = new RegExp(`^${OPEN}\\s*(.*?)\\s*${CLOSE}$`, 'u');
const MAX_VALUE = 40;
// A value that holds a sentence is body text; one with a colon (other than in a time) has a label we do not know.
const NOT_A_VALUE = /[。！？!?；;：]|(?<!\d):(?!\d)/u;

function matchMetadata(folded: string, original: string): ChromeMatch | undefined {
  // A bracketed line, like [责任编辑：张三], is read without its brackets.
  const bracketed = BRACKETED.exec(folded);
  const body = bracketed?.[1] !== undefined && LABEL_AT_START.test(bracketed[1]) ? bracketed[1] : folded;
  const offset = body === folded ? 0 : folded.indexOf(body);
  const labels = [...body.matchAll(LABEL)];
  const first = labels[0];
  if (!first || first.index !== 0) return undefined;
  const meta: ArticleMeta = {};
  let editorLabel: string | undefined;
  for (const [i, label] of labels.entries()) {
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? body.length;
    const value = original.slice(offset + start, offset + end).replace(new RegExp(`${SEPARATOR}+$`, 'u'), '').trim();
    if (value.length > MAX_VALUE || NOT_A_VALUE.test(value)) return undefined;
    const name = label[1] ?? '';
    if (value === '') continue;
    if (SOURCE_LABELS.includes(name)) meta.source ??= value;
    if (EDITOR_LABELS.includes(name) && editorRank(name) > editorRank(editorLabel)) {
      meta.editor = value;
      editorLabel = name;
    }
  }
  return editorLabel === undefined ? { kind: 'metadata', meta } : { kind: 'metadata', meta, editorLabel };
}

function editorRank(label: string | undefined): number {
  return label === undefined ? 0 : EDITOR_LABELS.length - EDITOR_LABELS.indexOf(label);
}

/** Tells whether a whole line (already trimmed) is page chrome, and what metadata it carries. */
export function matchChromeLine(line: string, options: ChromeOptions = {}): ChromeMatch | undefined {
  const folded = foldToSimplified(line);
  if (BUTTON_LINE.test(folded) || NAVIGATION_LINE.test(folded) || options.extraLines?.some((pattern) => pattern.test(folded))) return { kind: 'button', meta: {} };
  if (SHARE_LINE.test(folded)) return { kind: 'share', meta: {} };
  return matchMetadata(folded, line);
}

/** unified plugin: drop chrome lines, record them on `file.data.removed` and their metadata on `file.data.meta`. */
export const dropChromeLines: Plugin<[ChromeOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    const meta: ArticleMeta = (file.data.meta ??= {});
    let editorLabel: string | undefined;
    const dropped = new Set<unknown>();
    for (const { paragraph, text } of paragraphTexts(tree)) {
      const match = matchChromeLine(text.value, options);
      if (!match) continue;
      dropped.add(paragraph);
      const { line, column } = pointAt(text, 0);
      recordRemoval(file, { kind: 'chrome', text: text.value, line, column });
      meta.source ??= match.meta.source;
      if (match.meta.editor !== undefined && editorRank(match.editorLabel) > editorRank(editorLabel)) {
        meta.editor = match.meta.editor;
        editorLabel = match.editorLabel;
      }
    }
    tree.children = tree.children.filter((node) => !dropped.has(node));
    if (meta.source === undefined) delete meta.source;
    if (meta.editor === undefined) delete meta.editor;
  };
};
