import { describe, expect, it } from 'vitest';
import { formatMessage } from './diagnostics.ts';
import { parseArticleFile } from './articleFile.ts';
import { ARTICLE_TEXT, articleFile } from './fixtures.ts';

function messagesFor(text: string, path?: string): string[] {
  const file = articleFile(text, path);
  parseArticleFile(file);
  return file.messages.map((message) => formatMessage(message));
}

describe('parseArticleFile(file)', () => {
  it('reads the frontmatter, the slug and where the body starts', () => {
    const file = articleFile();
    const article = parseArticleFile(file);
    expect(file.messages).toEqual([]);
    expect(article.slug).toBe('zone-report');
    expect(article.frontmatter).toMatchObject({ date: '2023-05-10', datePrecision: 'day', draft: false, tags: [], projects: ['huali-bio'] });
    expect(article.bodyLine).toBe(8);
    expect(article.body.split('\n')[1]).toContain('华理生物产业园项目');
  });

  it('rejects an impossible date that YAML would roll over to March', () => {
    expect(messagesFor(ARTICLE_TEXT.replace('date: 2023-05-10', 'date: 2023-02-30'))).toEqual([
      'content/articles/zone-report.md:3:1  error  date: expected a real calendar date written YYYY-MM-DD, like "2023-05-10", got "2023-02-30"  frontmatter',
    ]);
  });

  it('points at a misspelt field and suggests the right one', () => {
    expect(messagesFor(ARTICLE_TEXT.replace('summary:', 'sumary:'))).toEqual([
      // A missing field is reported at the top of the frontmatter.
      'content/articles/zone-report.md:2:1  error  summary: missing: expected a one- or two-sentence summary  frontmatter',
      'content/articles/zone-report.md:4:1  error  unknown field "sumary" (did you mean "summary"?)  frontmatter',
    ]);
  });

  it('asks for frontmatter when there is none', () => {
    expect(messagesFor('# 标题\n\n正文')).toEqual([
      'content/articles/zone-report.md:1:1  error  expected frontmatter at the top: a "---" line, the fields (title, date, summary …), and a closing "---" line  frontmatter',
    ]);
  });

  it('reports broken YAML with its line', () => {
    const messages = messagesFor(ARTICLE_TEXT.replace('title: 园区报道', 'title: [园区报道'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/articles\/zone-report\.md:[23]:\d+  error  frontmatter is not valid YAML: Flow sequence/);
  });

  it('rejects a file name that cannot be an address', () => {
    expect(messagesFor(ARTICLE_TEXT, 'content/articles/Zone Report.md')[0]).toBe(
      'content/articles/Zone Report.md  error  file name "Zone Report" is not a URL-safe slug: expected lowercase latin letters, digits and single hyphens, like "daqing-projects-2023-05.md"  article-file-name',
    );
  });

  it('parses the body and says where it starts in the file', () => {
    const article = parseArticleFile(articleFile());
    expect(article.tree?.children[0]?.type).toBe('paragraph');
    expect(ARTICLE_TEXT.slice(article.bodyOffset).startsWith(article.body)).toBe(true);
    expect(article.format).toBe('md');
  });

  it('reports a placeholder left in a field as an error, and once only', () => {
    const text = ARTICLE_TEXT.replace('title: 园区报道', 'title: TODO：标题').replace('date: 2023-05-10', 'date: TODO：原文发布日期');
    expect(messagesFor(text)).toEqual([
      'content/articles/zone-report.md:2:1  error  title: still a placeholder, "TODO：标题"; replace it before publishing  todo',
      'content/articles/zone-report.md:3:1  error  date: still a placeholder, "TODO：原文发布日期"; replace it before publishing  todo',
    ]);
  });

  it('allows a placeholder in a text field of a draft, with a warning, but never in a date', () => {
    const text = ARTICLE_TEXT.replace('summary: 一篇报道。', 'summary: TODO：摘要\ndraft: true').replace('date: 2023-05-10', 'date: TODO');
    expect(messagesFor(text)).toEqual([
      'content/articles/zone-report.md:3:1  error  date: still a placeholder, "TODO"; replace it before publishing  todo',
      'content/articles/zone-report.md:4:1  warning  summary: still a placeholder, "TODO：摘要"; replace it before setting draft: false  todo',
    ]);
  });

  it('keeps a string holding HTML as plain text data', () => {
    const file = articleFile(ARTICLE_TEXT.replace('title: 园区报道', 'title: "<script>alert(1)</script>"'));
    expect(parseArticleFile(file).frontmatter?.title).toBe('<script>alert(1)</script>');
  });
});
