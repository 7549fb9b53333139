import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { parseArticleFile } from '../validate/articleFile.ts';
import { articleFileText, paragraphsToMarkdown } from './articleText.ts';

// Pieces of scraped text that Markdown, HTML or GitHub Flavored Markdown would read as syntax.
const PIECES = ['华理', '项目', '5.2亿元', '，', ' ', '*', '**', '_', '#', '# ', '<b>', '</b>', '<script>', '[', ']', '(', ')', '`', '```', '&amp;', '&', '\\', '>', '- ', '1. ', '1) ', '{', '}', '|', '~', '~~', '!', '[^1]', '---', '===', '<!--', '-->', 'www.dq.gov.cn', 'https://x.cn', '<https://x.cn>', 'a@b.cn', '$', '^'];
const paragraph = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join('').trim())
  .filter((text) => text !== '');

describe('paragraphsToMarkdown(paragraphs)', () => {
  it('writes Markdown that Astro’s parser reads back as exactly those paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const markdown = paragraphsToMarkdown(paragraphs);
        const parsed = parseArticleBody(markdown, 'md');
        expect(parsed.ok && parsed.tree.children.every((node) => node.type === 'paragraph')).toBe(true);
        expect(parsed.ok && textBlocks(parsed.tree, markdown).map((block) => block.text)).toEqual(paragraphs);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('articleFileText(frontmatter, markdown)', () => {
  it('quotes any title or summary as YAML needs, so the frontmatter reads back as written', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((text) => text.trim() !== '' && !/^\s*TODO/u.test(text)), fc.string({ minLength: 1 }).filter((text) => text.trim() !== '' && !/^\s*TODO/u.test(text)), (title, summary) => {
        const text = articleFileText({ title, date: '2023-05-10', summary }, '正文\n');
        const article = parseArticleFile(new VFile({ path: 'content/articles/a.md', value: text }));
        expect(article.frontmatter).toMatchObject({ title, summary, date: '2023-05-10' });
      }),
    );
  });

  it('leaves out fields without a value and keeps long lines whole', () => {
    const summary = '大庆高新区'.repeat(40);
    expect(articleFileText({ title: '标题: 副题 #1', date: '2023-05-10', summary, projects: undefined }, '')).toBe(
      `---\ntitle: "标题: 副题 #1"\ndate: 2023-05-10\nsummary: ${summary}\n---\n`,
    );
  });
});
