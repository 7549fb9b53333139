import { describe, expect, it } from 'vitest';
import { articleRef, articlesNamingProject, formatArticleDate, publishedArticles } from './articleView.ts';
import { articleFrontmatterSchema } from './schema.ts';

const article = (id: string, fields: Record<string, unknown>) => ({ id, data: articleFrontmatterSchema.parse({ title: `标题${id}`, summary: '摘要。', date: '2023-05-10', ...fields }) });

describe('publishedArticles(articles, includeDrafts)', () => {
  const all = [article('b', { date: '2023-05-10' }), article('draft', { date: '2024-01-01', draft: true }), article('c', { date: '2024-02-01' }), article('a', { date: '2023-05-10' })];

  it('lists the newest first, same-day articles by slug, and leaves drafts out', () => {
    expect(publishedArticles(all).map(({ id }) => id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps drafts when asked, as the dev server does', () => {
    expect(publishedArticles(all, true).map(({ id }) => id)).toEqual(['c', 'draft', 'a', 'b']);
  });
});

describe('formatArticleDate(data)', () => {
  it('writes the day when it is known, else the part of the month', () => {
    expect(formatArticleDate(article('a', {}).data)).toBe('2023年5月10日');
    expect(formatArticleDate(article('a', { datePrecision: 'early-month' }).data)).toBe('2023年5月上旬');
  });
});

describe('articleRef(data)', () => {
  it('cites an article by title, date as precise as known, and where it appeared', () => {
    expect(articleRef(article('a', { datePrecision: 'month', source: { publication: '大庆日报' } }).data)).toEqual({ title: '标题a', dateText: '2023年5月', publication: '大庆日报' });
    expect(articleRef(article('a', {}).data).publication).toBeUndefined();
  });
});

describe('articlesNamingProject(articles, id)', () => {
  it('keeps the articles that name the project, in their order', () => {
    const list = [article('a', { projects: ['huali-bio'] }), article('b', { projects: ['other'] }), article('c', { projects: ['other', 'huali-bio'] })];
    expect(articlesNamingProject(list, 'huali-bio').map(({ id }) => id)).toEqual(['a', 'c']);
  });
});
