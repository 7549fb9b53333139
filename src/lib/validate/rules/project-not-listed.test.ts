import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, positionOf } from '../fixtures.ts';
import { projectNotListed } from './project-not-listed.ts';
import { linesOf } from './testing.ts';

describe('project-not-listed', () => {
  // A second article, cited for huali-bio by one source only.
  const noteText = (projects: string) => ARTICLE_TEXT.replace('projects:\n  - huali-bio\n', projects);
  const note = (text: string) => articleFile(text, 'content/articles/zone-note.md');
  const data = datasetObject();
  data.projects[0]!.figures.investment[0]!.source.article = 'zone-note';

  it('warns about an article cited for a project that it does not list, at its projects', () => {
    const text = noteText('projects: []\n');
    expect(linesOf(projectNotListed, { dataset: data, articles: [articleFile(), note(text)] })).toEqual([
      `content/articles/zone-note.md:${positionOf(text, 'projects: []')}  warning  数据集为项目 huali-bio 引用了这篇文章，但 frontmatter 的 projects 里没有列出它  docs/rules.md#project-not-listed`,
    ]);
  });

  it('accepts an article that lists the project it is cited for', () => {
    expect(linesOf(projectNotListed, { dataset: data, articles: [articleFile(), note(ARTICLE_TEXT)] })).toEqual([]);
  });
});
