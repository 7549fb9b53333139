// File names (and so addresses) for new articles: the title in toneless pinyin, a syllable per hyphenated part,
// cut at a clause boundary after a few syllables, then the date: 大庆高新区拉满“进度条” → da-qing-gao-xin-qu-la-man-2023-05-10.

import { pinyin } from 'pinyin-pro';
import { slugSchema } from '../schema.ts';

// Enough syllables to recognise the story in a file list, few enough to type; a title a little longer than that
// is kept whole rather than cut mid-word.
const MAX_SYLLABLES = 8;
const WHOLE_TITLE_SYLLABLES = 12;
const MIN_SYLLABLES_AT_BOUNDARY = 4;

interface Token {
  text: string;
  /** Punctuation or space came right before this token. */
  afterBoundary: boolean;
}

function tokens(title: string): Token[] {
  const result: Token[] = [];
  let boundary = false;
  for (const part of pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })) {
    // Latin words and numbers come through whole (nonZh: consecutive); punctuation marks a clause boundary.
    const words = part
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/gu, '')
      .split(/[^a-z0-9]+/u);
    const hasBoundaryBefore = /^[^a-z0-9]/iu.test(part.normalize('NFKD'));
    words.forEach((word, index) => {
      if (word === '') {
        boundary = true;
        return;
      }
      result.push({ text: word, afterBoundary: boundary || (index === 0 && hasBoundaryBefore) });
      boundary = false;
    });
    if (/[^a-z0-9]$/iu.test(part.normalize('NFKD'))) boundary = true;
  }
  return result;
}

/** A slug from a title (or any text) and an optional ISO date; undefined when the text gives no letters at all. */
export function slugFromTitle(title: string, date?: string): string | undefined {
  const all = tokens(title);
  if (all.length === 0) return date === undefined ? undefined : `article-${date}`;
  let count = all.length <= WHOLE_TITLE_SYLLABLES ? all.length : MAX_SYLLABLES;
  if (all.length > WHOLE_TITLE_SYLLABLES) {
    // Prefer to end at a clause boundary (punctuation) rather than mid-phrase.
    for (let i = MAX_SYLLABLES; i >= MIN_SYLLABLES_AT_BOUNDARY; i--) {
      if (all[i]?.afterBoundary) {
        count = i;
        break;
      }
    }
  }
  const slug = [...all.slice(0, count).map((token) => token.text), ...(date ? [date] : [])].join('-');
  return slugSchema.safeParse(slug).success ? slug : undefined;
}
