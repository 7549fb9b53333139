// The page around the article: which line is the headline, where the story starts and ends, and what the
// lines around it are (metadata, bylines, link lists, controls). A scraped page reads
//
//   [site chrome] headline [deck] [date/source lines] [byline] story [byline] [metadata] [link lists]
//
// so the story is the run from the first to the last line of prose; lines above the headline are the site's;
// link lists follow a list header (相关阅读) until prose starts again; metadata and bylines are read for the
// frontmatter and taken out; what cannot be placed stays, so no sentence of the story is ever lost.
// The headline is the first title-like line above the story that the story is about (it shares words with
// it) or that a date, source or byline line follows, as pages set them; a government portal may set it
// after the story, above its 发布时间 line.
import type { Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { findBracketedBylines, parseByline, type Byline } from './byline.ts';
import { editorRank, matchChromeLine, type ArticleMeta, type ChromeKind, type ChromeMatch, type ChromeOptions } from './chrome.ts';
import { publishingOutlet, readDateline } from './dateline.ts';
import { pointAt } from './origin.ts';
import { findDate } from './pageDate.ts';
import { recordRemoval, type RemovalKind } from './removals.ts';
import { foldToSimplified } from './script.ts';
import { looksLikeTitle } from './title.ts';

/** What the page says about the article, in the scraped script (the cleaner converts it). */
export interface PageMeta {
  title?: string;
  titleFrom?: 'headline' | 'original-title';
  /** The headline's aggregator prefix (【世界报资讯】) taken off, when there was one. */
  titlePrefix?: string;
  /** The 原标题 line's title, when the page names one. */
  originalTitle?: string;
  date?: string;
  dateFrom?: 'metadata' | 'closing';
  publication?: string;
  publicationFrom?: 'label' | 'dateline' | 'byline';
  byline?: string;
  editor?: string;
}

declare module 'vfile' {
  interface DataMap {
    page: PageMeta;
  }
}

const HAN = /\p{Script=Han}/gu;
const BULLET = /^(?:[-•·*●○◆◇▪▫►▶]\s*)+/u;
// Only dates and times: 2015-12-26, 09.12.2015  10:52, 2023年5月10日 星期三.
const DATE_ONLY = /^[\s\d\-/.年月日:：|]+(?:(?:星期|周)[一二三四五六日天])?[\s\d:：]*$/u;
const ORGANISATION = /^[\p{Script=Han}（）()·]{2,30}(?:委员会|管委会|管理委员会|人民政府|政府|办公室|办公厅|局|委|办|厅|院|中心|公司|集团|部|处|所|站|协会|学会|联合会|银行|大学|学院|医院|指挥部|领导小组)$/u;
// An aggregator's label before the headline: 【世界报资讯】, 【独家】.
const TITLE_PREFIX = /^[【\[]([^】\]]{1,10}(?:资讯|快讯|新闻|头条|热点|独家|视频|图文|直播|原创|聚焦|关注|推荐|速递|讯|观察))[】\]]\s*/u;
// Chrome that never carries the story's words, whatever its place.
const ALWAYS: ReadonlySet<ChromeKind> = new Set(['masthead', 'button', 'share', 'navigation', 'legal', 'image-file', 'media', 'noise', 'template', 'separator', 'comments', 'tags', 'caption', 'end-mark']);
// Chrome skipped when looking at what follows a headline candidate.
const TRANSPARENT: ReadonlySet<ChromeKind> = new Set(['masthead', 'button', 'share', 'image-file', 'media', 'noise', 'separator', 'comments', 'caption']);

interface Line {
  paragraph: Paragraph;
  text: Text;
  value: string;
  han: number;
  chrome: ChromeMatch | undefined;
  byline: Byline | undefined;
  dateOnly: boolean;
  prose: boolean;
  titleLike: boolean;
  bullet: boolean;
  /** Raw line number. */
  line: number;
}

type Decision = { action: 'keep' } | { action: 'remove'; kind: RemovalKind; detail?: string };

function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** A line of the story: a sentence, or a long run of clauses. */
function isProse(value: string, han: number): boolean {
  if (han < 8) return false;
  const length = [...value].length;
  if (/[。]/u.test(value)) return true;
  if (/[！？!?…”」』）)]$/u.test(value) && length >= 25) return true;
  return /[，,；;、]/u.test(value) && length > 50;
}

/** After the story, what still reads as a sentence (a closing remark), not a link title or a widget's label. */
function isSentence(line: Line): boolean {
  if (line.han >= 2 && /[。！？!?][”’」』)）]?$/u.test(line.value.replace(/[\s\p{Extended_Pictographic}\uFE0F]+$/u, ''))) return true;
  return line.han >= 8 && (/[，,、；;。！？!?]/u.test(line.value) || [...line.value].length > 40);
}

function lineOf(paragraph: Paragraph, options: ChromeOptions): Line | undefined {
  const text = paragraph.children[0];
  if (paragraph.children.length !== 1 || text?.type !== 'text') return undefined;
  const value = text.value.trim();
  const han = hanCount(value);
  const chrome = matchChromeLine(value, options);
  const byline = chrome && chrome.kind !== 'caption' ? undefined : parseByline(value.replace(BULLET, ''));
  const dateOnly = DATE_ONLY.test(value) && findDate(value) !== undefined;
  return {
    paragraph,
    text,
    value,
    han,
    chrome: byline ? undefined : chrome,
    byline,
    dateOnly,
    prose: !chrome && !byline && isProse(value, han),
    titleLike: !chrome && !byline && !dateOnly && looksLikeTitle(value),
    bullet: BULLET.test(value),
    line: text.position?.start.line ?? 0,
  };
}

function bigrams(text: string): Set<string> {
  const han = text.match(HAN) ?? [];
  const found = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) found.add(han[i]! + han[i + 1]!);
  return found;
}

/** Share of the candidate's character pairs that the story uses: what a headline about this story has. */
function overlap(candidate: string, story: ReadonlySet<string>): number {
  const pairs = bigrams(foldToSimplified(candidate));
  if (pairs.size === 0) return 0;
  return [...pairs].filter((pair) => story.has(pair)).length / pairs.size;
}

const significant = (text: string) => foldToSimplified(text).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');

export const readPageStructure: Plugin<[ChromeOptions?], Root> = function (options = {}) {
  return function (tree, file) {
    const lines = tree.children.flatMap((node) => (node.type === 'paragraph' ? [lineOf(node, options)].filter((line): line is Line => line !== undefined) : []));
    const page: PageMeta = (file.data.page ??= {});
    if (lines.length === 0) return;
    const decisions: Decision[] = lines.map(() => ({ action: 'keep' }));
    const remove = (i: number, kind: RemovalKind, detail?: string) => {
      decisions[i] = detail === undefined ? { action: 'remove', kind } : { action: 'remove', kind, detail };
    };
    const removed = (i: number) => decisions[i]?.action === 'remove';

    // Link lists: a list header and the lines under it, until a paragraph of prose starts again.
    const listed = new Set<number>();
    lines.forEach((line, i) => {
      if (line.chrome?.kind !== 'list-header') return;
      for (let j = i + 1; j < lines.length && !(lines[j]!.prose && !lines[j]!.bullet); j++) listed.add(j);
    });
    // ---- a paragraph printed twice (a page scraped with its preview): the second copy goes; a bulleted link
    // card repeated as its own caption goes with it
    const seen = new Map<string, number>();
    lines.forEach((line, i) => {
      if (line.chrome) return;
      const key = significant(line.value);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, i);
        return;
      }
      // Labels repeat in a story (●项目点击：); paragraphs do not.
      if (line.prose) remove(i, 'chrome', 'duplicate');
      else if (lines[earlier]!.bullet && decisions.slice(earlier + 1, i).every((decision) => decision.action === 'remove')) {
        remove(earlier, 'chrome', 'list');
        remove(i, 'chrome', 'list');
      }
    });

    const story = (i: number) => lines[i]!.prose && !listed.has(i) && !removed(i) && !(lines[i]!.chrome && ALWAYS.has(lines[i]!.chrome!.kind));
    let first = lines.findIndex((_, i) => story(i));
    let last = lines.findLastIndex((_, i) => story(i));
    if (first < 0) {
      first = lines.findIndex((line) => !line.chrome && !line.byline && !line.dateOnly);
      last = lines.findLastIndex((line) => !line.chrome && !line.byline && !line.dateOnly);
      if (first < 0) first = last = lines.length;
    }
    // Bulleted lines after the story are a list of links even without a header.
    for (let i = last + 1; i < lines.length; i++) if (lines[i]!.bullet && !lines[i]!.prose) listed.add(i);
    const storyPairs = new Set<string>();
    for (let i = Math.max(first, 0); i <= last && i < lines.length; i++) for (const pair of bigrams(foldToSimplified(lines[i]!.value))) storyPairs.add(pair);

    // What the page says about itself, read wherever it stands.
    const metadata: Array<{ index: number; meta: ArticleMeta; editorLabel?: string; dateOnly?: boolean }> = [];
    const bylines: Array<{ index: number; byline: Byline }> = [];

    // ---- above the story: site chrome, the headline, its deck, date and source lines, the byline
    // How far below a candidate the page's date, source or byline line stands: 1 right under it, 2 under a deck
    // line, 0 not within reach.
    const metadataBelow = (i: number): number => {
      let seen = 0;
      for (let j = i + 1; j < lines.length && seen < 2; j++) {
        const next = lines[j]!;
        if (next.chrome && TRANSPARENT.has(next.chrome.kind)) continue;
        if (next.dateOnly || next.byline || (next.chrome?.kind === 'metadata' && (next.chrome.meta.date !== undefined || next.chrome.meta.source !== undefined))) return seen + 1;
        if (!next.titleLike) return 0;
        seen++;
      }
      return 0;
    };
    const followedByMetadata = (i: number) => metadataBelow(i) > 0;
    const isHeadline = (line: Line, i: number) => {
      if (!line.titleLike || listed.has(i)) return false;
      const about = overlap(line.value, storyPairs);
      const below = metadataBelow(i);
      // Above a deck, a headline still reads as one: not a four-character control like 报料微博.
      if (below === 1 || (below === 2 && ([...line.value].length >= 8 || about >= 0.2)) || about >= 0.3) return true;
      // The page's first line, right above the story, long enough not to be a section label (要闻, 聚焦大项目).
      return i === 0 && first === 1 && [...line.value].length >= 8;
    };
    const headlineAbove = lines.slice(0, first).findIndex((line, i) => isHeadline(line, i));
    let headline = headlineAbove >= 0 ? headlineAbove : undefined;

    for (let i = 0; i < first; i++) {
      const line = lines[i]!;
      if (headline !== undefined && i < headline) {
        if (line.chrome?.kind === 'metadata') metadata.push({ index: i, meta: line.chrome.meta });
        remove(i, 'chrome', line.chrome?.kind ?? 'site');
      } else if (i === headline) remove(i, 'headline');
      else if (line.byline) {
        bylines.push({ index: i, byline: line.byline });
        remove(i, 'byline');
      } else if (line.chrome) {
        if (line.chrome.kind === 'metadata') metadata.push({ index: i, meta: line.chrome.meta, ...(line.chrome.editorLabel ? { editorLabel: line.chrome.editorLabel } : {}) });
        remove(i, 'chrome', line.chrome.kind);
      } else if (line.dateOnly) {
        metadata.push({ index: i, meta: { date: line.value } });
        remove(i, 'chrome', 'metadata');
      } else if (line.han === 0) remove(i, 'chrome', 'site');
      else if (listed.has(i)) remove(i, 'chrome', 'list');
    }

    // ---- the story: chrome by what it says; standalone bylines; link lists inside it
    for (let i = Math.max(first, 0); i <= last && i < lines.length; i++) {
      const line = lines[i]!;
      if (line.byline && !line.prose) {
        bylines.push({ index: i, byline: line.byline });
        remove(i, 'byline');
      } else if (listed.has(i)) remove(i, 'chrome', 'list');
      else if (line.chrome && (ALWAYS.has(line.chrome.kind) || line.chrome.kind === 'list-header' || (line.chrome.kind === 'metadata' && !line.chrome.dateOnly))) {
        if (line.chrome.kind === 'metadata') metadata.push({ index: i, meta: line.chrome.meta, ...(line.chrome.editorLabel ? { editorLabel: line.chrome.editorLabel } : {}) });
        if (line.chrome.kind === 'caption' && line.chrome.meta.author) bylines.push({ index: i, byline: { text: line.chrome.meta.author, outlets: [], credit: true } });
        remove(i, 'chrome', line.chrome.kind);
      }
    }

    // ---- below the story: metadata, bylines, link lists, a headline set above its 发布时间 line, a closing date
    for (let i = last + 1; i < lines.length; i++) {
      const line = lines[i]!;
      const previousKept = decisions.slice(0, i).findLastIndex((decision) => decision.action === 'keep');
      if (line.byline) {
        bylines.push({ index: i, byline: line.byline });
        remove(i, 'byline');
      } else if (line.chrome) {
        if (line.chrome.kind === 'metadata') metadata.push({ index: i, meta: line.chrome.meta, ...(line.chrome.editorLabel ? { editorLabel: line.chrome.editorLabel } : {}) });
        if (line.chrome.kind === 'caption' && line.chrome.meta.author) bylines.push({ index: i, byline: { text: line.chrome.meta.author, outlets: [], credit: true } });
        remove(i, 'chrome', line.chrome.kind);
      } else if (listed.has(i)) remove(i, 'chrome', 'list');
      else if (line.dateOnly) {
        // A notice ends with who issued it and when: that date line is part of the text.
        if (previousKept >= 0 && ORGANISATION.test(foldToSimplified(lines[previousKept]!.value))) {
          metadata.push({ index: i, meta: { date: line.value }, dateOnly: true });
        } else {
          metadata.push({ index: i, meta: { date: line.value } });
          remove(i, 'chrome', 'metadata');
        }
      } else if (headline === undefined && line.titleLike && !ORGANISATION.test(foldToSimplified(line.value)) && lines[i + 1]?.chrome?.kind === 'metadata') {
        headline = i;
        remove(i, 'headline');
      } else if (!isSentence(line) && !ORGANISATION.test(foldToSimplified(line.value))) remove(i, 'chrome', 'after-story');
    }

    // ---- the headline, or the 原标题 a republished article names
    const originalTitle = metadata.find((entry) => entry.meta.originalTitle)?.meta.originalTitle;
    if (originalTitle) page.originalTitle = originalTitle;
    if (headline !== undefined) {
      const value = lines[headline]!.value;
      const prefix = TITLE_PREFIX.exec(foldToSimplified(value));
      page.title = prefix ? value.slice(prefix[0].length).trim() : value;
      page.titleFrom = 'headline';
      if (prefix) page.titlePrefix = value.slice(0, prefix[0].length).trim();
    } else if (originalTitle && looksLikeTitle(originalTitle)) {
      page.title = originalTitle;
      page.titleFrom = 'original-title';
    }
    // The headline repeated as the story's first line, as some pages print it twice.
    if (page.title !== undefined) {
      const title = significant(page.title);
      lines.forEach((line, i) => {
        if (!removed(i) && significant(line.value) === title) remove(i, 'chrome', 'repeated-headline');
      });
    }

    // ---- the dateline opening the story: its outlet and, for a date like 09.12.2015, its month
    const firstKept = decisions.findIndex((decision) => decision.action === 'keep');
    const dateline = firstKept >= 0 ? readDateline(lines[firstKept]!.value) : undefined;

    // ---- publication: a labelled source (转自 over 来源 over 发布机构), else the dateline's outlet, else a byline's
    const sources = metadata.filter((entry) => entry.meta.source !== undefined).sort((a, b) => (b.meta.sourceRank ?? 0) - (a.meta.sourceRank ?? 0) || a.index - b.index);
    const keptBylines = () => lines.flatMap((line, i) => (removed(i) ? [] : findBracketedBylines(line.value).map((byline) => ({ index: i, byline }))));
    if (sources[0]) {
      page.publication = sources[0].meta.source!;
      page.publicationFrom = 'label';
    } else if (dateline && publishingOutlet(dateline.outlets)) {
      page.publication = publishingOutlet(dateline.outlets)!;
      page.publicationFrom = 'dateline';
    }

    // ---- byline: a writer's byline line, else an author field, else a byline in brackets, else a photo credit
    const authors = metadata.flatMap((entry) => {
      const author = entry.meta.author;
      const byline = author === undefined ? undefined : parseByline(author);
      return byline ? [{ index: entry.index, byline }] : [];
    });
    const inline = keptBylines();
    const candidates = [...bylines.filter((entry) => !entry.byline.credit), ...authors.filter((entry) => !entry.byline.credit), ...inline.filter((entry) => !entry.byline.credit), ...[...bylines, ...authors, ...inline].filter((entry) => entry.byline.credit).sort((a, b) => a.index - b.index)];
    const byline = candidates[0]?.byline;
    if (byline) {
      page.byline = byline.text;
      if (page.publication === undefined) {
        const outlet = publishingOutlet([...candidates.flatMap((entry) => entry.byline.outlets)]);
        if (outlet) {
          page.publication = outlet;
          page.publicationFrom = 'byline';
        }
      }
    }

    // ---- date: a date field or date line near the headline first, then below the story, then a notice's closing date
    const dated = metadata.filter((entry) => entry.meta.date !== undefined).sort((a, b) => Number(a.dateOnly ?? false) - Number(b.dateOnly ?? false) || a.index - b.index);
    for (const entry of dated) {
      const found = findDate(entry.meta.date!, dateline?.month);
      if (!found) continue;
      page.date = found.iso;
      page.dateFrom = entry.dateOnly ? 'closing' : 'metadata';
      break;
    }

    // ---- the editor who signed the page (责任编辑 outranks 编辑)
    let editorLabel: string | undefined;
    for (const entry of metadata) {
      if (entry.meta.editor !== undefined && editorRank(entry.editorLabel) > editorRank(editorLabel)) {
        page.editor = entry.meta.editor;
        editorLabel = entry.editorLabel;
      }
    }
    if (page.editor === undefined) page.editor = metadata.find((entry) => entry.meta.editor !== undefined)?.meta.editor;
    if (page.editor === undefined) delete page.editor;

    // Record and drop what was taken out.
    const dropped = new Set<unknown>();
    decisions.forEach((decision, i) => {
      if (decision.action !== 'remove') return;
      const line = lines[i]!;
      dropped.add(line.paragraph);
      recordRemovedLine(file, line.text, decision.kind, decision.detail);
    });
    tree.children = tree.children.filter((node) => !dropped.has(node));
  };
};

function recordRemovedLine(file: VFile, text: Text, kind: RemovalKind, detail: string | undefined): void {
  const { line, column } = pointAt(text, 0);
  recordRemoval(file, detail === undefined ? { kind, text: text.value, line, column } : { kind, text: text.value, line, column, detail });
}
