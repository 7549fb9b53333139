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
      'content/articles/zone-report.md:3:1  error  date：应为真实存在的日期，写成 YYYY-MM-DD，如 2023-05-10，实为“2023-02-30”  docs/rules.md#frontmatter',
    ]);
  });

  it('points at a misspelt field and suggests the right one', () => {
    expect(messagesFor(ARTICLE_TEXT.replace('summary:', 'sumary:'))).toEqual([
      // A missing field is reported at the top of the frontmatter.
      'content/articles/zone-report.md:2:1  error  summary：缺少此项；应为一两句话的摘要  docs/rules.md#frontmatter',
      'content/articles/zone-report.md:4:1  error  不认识的字段 sumary（是不是 summary？）  docs/rules.md#frontmatter',
    ]);
  });

  it('asks for frontmatter when there is none', () => {
    expect(messagesFor('# 标题\n\n正文')).toEqual([
      'content/articles/zone-report.md:1:1  error  文件开头缺少 frontmatter：应先有一行 ---，再写各字段（title、date、summary……），最后再有一行 ---  docs/rules.md#frontmatter',
    ]);
  });

  it('reports broken YAML with its line', () => {
    const messages = messagesFor(ARTICLE_TEXT.replace('title: 园区报道', 'title: [园区报道'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/articles\/zone-report\.md:[23]:\d+  error  frontmatter 不是有效的 YAML：方括号或花括号没有配对（缺少结束的 \]），或缩进不对  docs\/rules\.md#frontmatter$/);
  });

  it('says in Chinese what is wrong with the YAML editors most often break', () => {
    expect(messagesFor(ARTICLE_TEXT.replace('title: 园区报道', 'title: 园区报道: 项目加速'))).toEqual([
      'content/articles/zone-report.md:2:8  error  frontmatter 不是有效的 YAML：值里有“冒号加空格”：整个值请加上引号，如 title: "甲: 乙"  docs/rules.md#frontmatter',
    ]);
    expect(messagesFor(ARTICLE_TEXT.replace('title: 园区报道', 'title: "园区报道'))[0]).toContain('frontmatter 不是有效的 YAML：引号没有配对：缺少结束的引号  docs/rules.md#frontmatter');
    expect(messagesFor(ARTICLE_TEXT.replace('title: 园区报道', 'title: 园区报道\n\tdraft: true'))[0]).toContain('缩进不能用制表符（Tab），请用空格');
  });

  it('rejects a file name that cannot be an address', () => {
    expect(messagesFor(ARTICLE_TEXT, 'content/articles/Zone Report.md')[0]).toBe(
      'content/articles/Zone Report.md  error  文件名“Zone Report”不能用作网址：应只含小写拉丁字母、数字和单个连字符，如 daqing-projects-2023-05.md  docs/rules.md#article-file-name',
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
      'content/articles/zone-report.md:2:1  error  title：仍是占位文字“TODO：标题”；发布前请替换  docs/rules.md#todo',
      'content/articles/zone-report.md:3:1  error  date：仍是占位文字“TODO：原文发布日期”；发布前请替换  docs/rules.md#todo',
    ]);
  });

  it('allows a placeholder in a text field of a draft, with a warning, but never in a date', () => {
    const text = ARTICLE_TEXT.replace('summary: 一篇报道。', 'summary: TODO：摘要\ndraft: true').replace('date: 2023-05-10', 'date: TODO');
    expect(messagesFor(text)).toEqual([
      'content/articles/zone-report.md:3:1  error  date：仍是占位文字“TODO”；发布前请替换  docs/rules.md#todo',
      'content/articles/zone-report.md:4:1  warning  summary：仍是占位文字“TODO：摘要”；改为 draft: false 之前请替换  docs/rules.md#todo',
    ]);
  });

  it('keeps a string holding HTML as plain text data', () => {
    const file = articleFile(ARTICLE_TEXT.replace('title: 园区报道', 'title: "<script>alert(1)</script>"'));
    expect(parseArticleFile(file).frontmatter?.title).toBe('<script>alert(1)</script>');
  });
});
