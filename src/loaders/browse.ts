// Project groups for the browse pages, computed once per build (memo: with what they were made from).
import { groupByStage, groupProjects, projectsWithoutStage, type ProjectGroup } from '../lib/browse.ts';
import type { Project } from '../lib/schema.ts';
import { dep } from '../lib/incremental/deps.ts';
import { memo, memoCache, record } from '../lib/incremental/track.ts';
import { dataset, plainDataset } from './dataset.ts';

const groups = memoCache<ProjectGroup[]>();
const byStage = memoCache<ReturnType<typeof groupByStage>>();
const unstaged = memoCache<Project[]>();

export const sectors = (): ProjectGroup[] => memo(groups, 'sector', () => groupProjects(dataset.projects, 'sector'));
export const parks = (): ProjectGroup[] => memo(groups, 'park', () => groupProjects(dataset.projects, 'park'));
export const stages = (): ReturnType<typeof groupByStage> => memo(byStage, 'stage', () => groupByStage(dataset.projects));
/** Projects whose sources have not reported a stage: browsed on a page of their own. */
export const withoutStage = (): Project[] => memo(unstaged, 'without-stage', () => projectsWithoutStage(dataset.projects));

let slugs: { sector: Map<string, string>; park: Map<string, string> } | undefined;

/**
 * A group's address. It depends on which sectors and parks there are and how many projects each has (a name shared
 * by two groups gets -2), never on the projects' figures: a project page links its park without depending on every
 * other project.
 */
function slugOf(field: 'sector' | 'park', label: string): string | undefined {
  record(dep.projectGroups);
  slugs ??= {
    sector: new Map(groupProjects(plainDataset.projects, 'sector').map((group) => [group.label, group.slug])),
    park: new Map(groupProjects(plainDataset.projects, 'park').map((group) => [group.label, group.slug])),
  };
  return slugs[field].get(label);
}

export const sectorSlug = (label: string): string | undefined => slugOf('sector', label);
export const parkSlug = (label: string): string | undefined => slugOf('park', label);
