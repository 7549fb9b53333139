import { describe, expect, it } from 'vitest';
import { groupByStage, groupProjects, projectsWithoutStage, slugFromText } from './browse.ts';
import { projectSchema } from './schema.ts';

const source = { article: 'a', quote: 'q' };
const project = (id: string, fields: Record<string, unknown>, stage = 'signed') =>
  projectSchema.parse({ id, name: id, status: [{ stage, asOf: '2023-05-10', source }], ...fields });

describe('slugFromText(text)', () => {
  it('spells Chinese in toneless pinyin and keeps Latin and digits', () => {
    expect(slugFromText('宏伟园区')).toBe('hong-wei-yuan-qu');
    expect(slugFromText('生物')).toBe('sheng-wu');
    expect(slugFromText('绿色ABC 2号')).toBe('lv-se-abc-2-hao');
    expect(slugFromText('（）')).toBe('x');
  });
});

describe('groupProjects(projects, field)', () => {
  it('groups by value, biggest group first, leaving out projects without one', () => {
    const groups = groupProjects([project('a', { sector: '化工' }), project('b', { sector: '生物' }), project('c', { sector: '化工' }), project('d', {})], 'sector');
    expect(groups.map((group) => [group.label, group.slug, group.projects.map((p) => p.id)])).toEqual([
      ['化工', 'hua-gong', ['a', 'c']],
      ['生物', 'sheng-wu', ['b']],
    ]);
  });
  it('keeps slugs unique when two names read the same in pinyin', () => {
    const groups = groupProjects([project('a', { park: '石化' }), project('b', { park: '实化' })], 'park');
    expect(groups.map((group) => group.slug).sort()).toEqual(['shi-hua', 'shi-hua-2']);
  });
});

describe('groupByStage(projects)', () => {
  it('lists every stage in lifecycle order with the projects now in it', () => {
    const groups = groupByStage([project('a', {}, 'producing'), project('b', {}, 'signed')]);
    expect(groups.map((group) => group.stage)).toEqual(['signed', 'land-acquired', 'design-and-approvals', 'under-construction', 'mechanical-completion', 'ready-to-produce', 'producing']);
    expect(groups[0]!.projects.map((p) => p.id)).toEqual(['b']);
    expect(groups[6]!.projects.map((p) => p.id)).toEqual(['a']);
  });
});

describe('projectsWithoutStage(projects)', () => {
  it('holds the projects whose sources have not reported a stage, which no stage lists', () => {
    const unstaged = projectSchema.parse({ id: 'new', name: '新项目', status: [] });
    const projects = [project('a', {}, 'producing'), unstaged];
    expect(projectsWithoutStage(projects).map((p) => p.id)).toEqual(['new']);
    expect(groupByStage(projects).flatMap((group) => group.projects.map((p) => p.id))).toEqual(['a']);
  });
});
