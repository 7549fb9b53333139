// The social card shared with a link (1200×630, the size WeChat, Weibo and the rest crop to): the site, the title,
// the date or stage, and up to three key figures. Pure: content in, SVG text out; the build rasterises it.

import { textWidthEm } from './textWidth.ts';
import { escapeXml } from './safety/xml.ts';

export { textWidthEm };

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardFact {
  label: string;
  value: string;
}

export interface CardContent {
  /** Small line at the top: the site and zone. */
  kicker: string;
  title: string;
  /** The article's date, or the project's stage. */
  meta: string;
  /** A sentence or two under the title (articles). */
  summary?: string | undefined;
  facts?: CardFact[];
  /** For projects: how far along the lifecycle (1-based stage, number of stages). */
  progress?: { stage: number; of: number } | undefined;
}

// Kinsoku: these never start a line, so a line break moves the character before them along too.
const NO_LINE_START = /^[，。、；：！？）》」』”’…—%]/;

/** Breaks text into at most `maxLines` lines of `maxEm` ems, with an ellipsis if it does not fit. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let line: string[] = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (textWidthEm(line.join('') + char) > maxEm && line.length) {
      // Carry the last character over when the next line would start with closing punctuation.
      const carry = NO_LINE_START.test(char) && line.length > 1 ? [line.pop()!] : [];
      lines.push(line.join(''));
      line = [...carry];
      if (lines.length === maxLines) {
        const last = lines[maxLines - 1]!;
        lines[maxLines - 1] = `${[...last].slice(0, Math.max(1, [...last].length - 1)).join('')}…`;
        return lines;
      }
    }
    line.push(char);
  }
  if (line.length) lines.push(line.join(''));
  return lines;
}

/**
 * Like wrapText, but no line holds a stranded character: among widths from an even split up to the maximum, it
 * takes the first whose lines all end at punctuation (，、 or a closing quote), else the even split.
 */
export function wrapBalanced(text: string, maxEm: number, maxLines: number): string[] {
  const lines = wrapText(text, maxEm, maxLines);
  if (lines.length < 2 || lines.at(-1)!.endsWith('…')) return lines;
  const even = Math.ceil(textWidthEm(text) / lines.length) + 1;
  let fallback: string[] | undefined;
  for (let width = Math.min(maxEm, even); width <= maxEm; width += 0.5) {
    const candidate = wrapText(text, width, maxLines);
    if (candidate.length !== lines.length || candidate.at(-1)!.endsWith('…')) continue;
    fallback ??= candidate;
    if (candidate.slice(0, -1).every((line) => /[，、；：。！？”’」』）]$/.test(line))) return candidate;
  }
  return fallback ?? lines;
}


const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";
const COLOURS = { paper: '#fbfaf7', ink: '#1c1f23', muted: '#5a6069', accent: '#005a8e', ok: '#00704f', rule: '#dcd8cf' };

/** The card as SVG markup with every text escaped. */
export function layoutSocialCard(content: CardContent): string {
  const left = 80;
  const titleSize = 60;
  const lines = wrapBalanced(content.title, (CARD_WIDTH - left * 2) / titleSize, 3);
  const titleTop = 230;
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${COLOURS.accent}"/>`,
    `<text x="${left}" y="96" font-size="30" fill="${COLOURS.muted}">${escapeXml(content.kicker)}</text>`,
    `<text x="${left}" y="146" font-size="28" fill="${COLOURS.accent}">${escapeXml(content.meta)}</text>`,
    ...lines.map((line, index) => `<text x="${left}" y="${titleTop + index * 80}" font-size="${titleSize}" font-weight="700" fill="${COLOURS.ink}">${escapeXml(line)}</text>`),
  ];
  if (content.summary) {
    const summaryTop = titleTop + lines.length * 80 + 40;
    const summarySize = 32;
    const available = Math.max(1, Math.floor((CARD_HEIGHT - 50 - summaryTop) / 50) + 1);
    wrapText(content.summary, (CARD_WIDTH - left * 2) / summarySize, Math.min(3, available)).forEach((line, index) => {
      parts.push(`<text x="${left}" y="${summaryTop + index * 50}" font-size="${summarySize}" fill="${COLOURS.muted}">${escapeXml(line)}</text>`);
    });
  }
  const facts = (content.facts ?? []).slice(0, 3);
  const columnWidth = (CARD_WIDTH - left * 2) / 3;
  facts.forEach((fact, index) => {
    const x = left + index * columnWidth;
    parts.push(`<text x="${x}" y="490" font-size="26" fill="${COLOURS.muted}">${escapeXml(fact.label)}</text>`);
    parts.push(`<text x="${x}" y="548" font-size="46" font-weight="700" fill="${COLOURS.ink}">${escapeXml(fact.value)}</text>`);
  });
  if (content.progress) {
    const { stage, of } = content.progress;
    const gap = 8;
    const width = (CARD_WIDTH - left * 2 - gap * (of - 1)) / of;
    for (let index = 0; index < of; index++) {
      const fill = index < stage ? COLOURS.ok : COLOURS.rule;
      parts.push(`<rect x="${Math.round(left + index * (width + gap))}" y="584" width="${Math.round(width)}" height="14" rx="7" fill="${fill}"/>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}">${parts.join('')}</svg>`;
}
