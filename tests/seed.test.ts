// The published seed article is exactly what the cleaner makes of the raw scrape, plus the one passage an editor
// restored by hand (and says so in the frontmatter), set in full-width punctuation as copy desks print Chinese.
// Nothing else was retyped, added or lost.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanScrapedArticle } from '../src/lib/clean/index.ts';
import { fixTypography } from '../src/lib/typography/punctuation.ts';
import { ROOT } from './helpers/project.ts';

// A byte-for-byte copy of ../shared/seed/000_aa5798db7391c1c2.txt, so CI needs nothing outside the repo.
const rawSeed = readFileSync(path.join(ROOT, 'src/lib/clean/fixtures/seed.txt'), 'utf8');
const GARBLED = '实打?qū)嵔钾Q';
const RESTORED = '实打实解决';

function publishedParagraphs(): { paragraphs: string[]; frontmatter: string } {
  const file = ['md', 'mdx'].map((ext) => path.join(ROOT, `content/articles/daqing-high-tech-key-projects-2023.${ext}`)).find(existsSync)!;
  const [, frontmatter = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
  // Charts (a ::chart{…} line in .md, <ZoneProgress /> in .mdx) are the editor's additions, not article text.
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text && !/^<[A-Z][\s\S]*\/>$/.test(text) && !/^::chart\{[^}]*\}$/.test(text));
  return { paragraphs, frontmatter };
}

describe('the seed article', () => {
  const cleaned = cleanScrapedArticle(rawSeed);

  it('is the cleaned scrape with the garbled passage restored, its punctuation full-width, and nothing else changed', () => {
    const expected = cleaned.paragraphs.map((paragraph) => fixTypography(paragraph.replace(GARBLED, RESTORED)).text);
    expect(cleaned.paragraphs.filter((paragraph) => paragraph.includes(GARBLED))).toHaveLength(1);
    expect(publishedParagraphs().paragraphs).toEqual(expected);
  });

  it('is the passage the cleaner flagged as damaged', () => {
    expect(cleaned.messages.map((message) => String(message.reason))).toEqual([expect.stringContaining('?qū')]);
  });

  it('tells readers about the restoration in its editor note', () => {
    const { frontmatter } = publishedParagraphs();
    const note = /^editorNote: (.*)$/m.exec(frontmatter)?.[1] ?? '';
    expect(note).toContain('“实打实解决”');
    expect(note).toContain('“實打?qū)嵔鉀Q”');
    expect(note).toContain('人工恢复');
  });
});
