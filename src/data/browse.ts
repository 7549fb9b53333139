// Project groups for the browse pages, computed once per build.
import { groupByStage, groupProjects, projectsWithoutStage } from '../lib/browse.ts';
import { dataset } from './dataset.ts';

export const sectors = groupProjects(dataset.projects, 'sector');
export const parks = groupProjects(dataset.projects, 'park');
export const stages = groupByStage(dataset.projects);
/** Projects whose sources have not reported a stage: browsed on a page of their own. */
export const withoutStage = projectsWithoutStage(dataset.projects);

export function sectorSlug(label: string): string | undefined {
  return sectors.find((group) => group.label === label)?.slug;
}

export function parkSlug(label: string): string | undefined {
  return parks.find((group) => group.label === label)?.slug;
}
