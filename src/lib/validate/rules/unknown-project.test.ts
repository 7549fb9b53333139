import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, positionOf } from '../fixtures.ts';
import { linesOf } from './testing.ts';
import { unknownProject } from './unknown-project.ts';

describe('unknown-project', () => {
  it('rejects a project id the dataset does not have, suggesting the closest', () => {
    const text = ARTICLE_TEXT.replace('  - huali-bio', '  - huali-bio\n  - huali-bi0');
    expect(linesOf(unknownProject, { articles: [articleFile(text)] })).toEqual([
      `content/articles/zone-report.md:${positionOf(text, 'huali-bi0')}  error  projects[1]：content/data/projects.json 里没有项目 huali-bi0；是不是 huali-bio？  docs/rules.md#unknown-project`,
    ]);
  });

  it('accepts the ids the dataset has', () => {
    expect(linesOf(unknownProject)).toEqual([]);
  });
});
