import { describe, expect, it } from 'vitest';
import strings from '../../i18n/zh-Hans.json';
import { datasetSchema } from '../schema.ts';
import { datasetObject } from '../validate/fixtures.ts';
import { propKinds } from './embed.ts';
import { CHARTS, chartOfComponent } from './registry.ts';

const dataset = datasetSchema.parse(datasetObject());
const context = { dataset, projectsById: new Map(dataset.projects.map((project) => [project.id, project])), today: '2023-06-15', strings };

describe('a chart’s embed', () => {
  it('reads what each prop takes from its schema', () => {
    expect(propKinds(CHARTS.economics.embed.props)).toEqual({ project: 'projectId' });
    expect(propKinds(CHARTS.milestones.embed.props)).toEqual({ project: 'projectId', projects: 'projectIds' });
    expect(propKinds(CHARTS.progress.embed.props)).toEqual({});
  });

  it('finds the chart an .mdx component draws, under its name or an earlier one', () => {
    expect(chartOfComponent('Progress')).toBe('progress');
    expect(chartOfComponent('ZoneProgress')).toBe('progress');
    expect(chartOfComponent('Map')).toBeUndefined();
  });

  it('shows one project’s milestones as the chart on its page, several as a chart for the article alone', () => {
    expect(CHARTS.milestones.embed.shows({ projects: ['huali-bio'] }, context)).toEqual({ ref: { kind: 'milestones', projectId: 'huali-bio' } });
    expect(CHARTS.milestones.embed.shows({ project: 'huali-bio' }, context)).toEqual({ ref: { kind: 'milestones', projectId: 'huali-bio' } });
    const several = CHARTS.milestones.embed.shows({ projects: ['huali-bio', 'huali-bio'] }, context);
    expect('model' in several && several.model.title).toBe('华理生物产业园项目、华理生物产业园项目：节点计划与进展');
  });
});
