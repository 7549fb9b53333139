import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleFile, datasetObject, datasetText, positionOf } from '../fixtures.ts';
import { duplicateName } from './duplicate-name.ts';
import { linesOf } from './testing.ts';

describe('duplicate-name', () => {
  const withSecondProject = (aliases: string[]) => {
    const data = datasetObject();
    return { ...data, projects: [...data.projects, { ...structuredClone(data.projects[0]!), id: 'huali-bio-phase-2', name: '华理生物二期项目', aliases }] };
  };
  const article = articleFile(ARTICLE_TEXT.replace('  - huali-bio\n', '  - huali-bio\n  - huali-bio-phase-2\n'));

  it('rejects an alias that is already another project’s name, naming that project', () => {
    const data = withSecondProject(['华理生物产业园项目']);
    expect(linesOf(duplicateName, { dataset: data, articles: [article] })).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"华理生物产业园项目"', '"aliases"')}  error  projects[1].aliases[0]：“华理生物产业园项目”已是项目 huali-bio 的名称（projects[0].name）；每个名称或别名只能指向一个项目  docs/rules.md#duplicate-name`,
    ]);
  });

  it('accepts names and aliases each project has to itself', () => {
    expect(linesOf(duplicateName, { dataset: withSecondProject(['华理二期']), articles: [article] })).toEqual([]);
  });
});
