// Browsing projects by sector, park and lifecycle stage: the groups, and readable addresses for Chinese
// names (宏伟园区 → hong-wei-yuan-qu), unique within each kind of group.

import { pinyin } from 'pinyin-pro';
import { currentStatus, sortProjectsForTable } from './projectView.ts';
import { lifecycleStages, type LifecycleStage, type Project } from './schema.ts';

/** A URL-safe slug from Chinese and Latin text: 生物 → sheng-wu, 绿色ABC 2号 → lv-se-abc-2-hao. */
export function slugFromText(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

export interface ProjectGroup {
  /** The value as readers read it (生物, 宏伟园区). */
  label: string;
  slug: string;
  projects: Project[];
}

/** Projects grouped by a text field, largest groups first then by name; projects without the field are left out. */
export function groupProjects(projects: readonly Project[], field: 'sector' | 'park'): ProjectGroup[] {
  const groups = new Map<string, Project[]>();
  for (const project of projects) {
    const value = project[field];
    if (value) groups.set(value, [...(groups.get(value) ?? []), project]);
  }
  const collator = new Intl.Collator('zh-Hans-CN');
  const ordered = [...groups].sort(([a, pa], [b, pb]) => pb.length - pa.length || collator.compare(a, b));
  const used = new Set<string>();
  return ordered.map(([label, members]) => {
    const base = slugFromText(label);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { label, slug, projects: sortProjectsForTable(members) };
  });
}

/** The address segment of the projects whose sources have not reported a stage: no lifecycle stage is named so. */
export const UNREPORTED_STAGE = 'unreported';

/** Projects whose sources have not reported a stage yet, in the order of the project table. */
export function projectsWithoutStage(projects: readonly Project[]): Project[] {
  return sortProjectsForTable(projects.filter((project) => currentStatus(project) === undefined));
}

/** Projects by their current stage, in lifecycle order; empty stages are kept so readers see the whole path. */
export function groupByStage(projects: readonly Project[]): { stage: LifecycleStage; projects: Project[] }[] {
  return lifecycleStages.map((stage) => ({
    stage,
    projects: sortProjectsForTable(projects.filter((project) => currentStatus(project)?.stage === stage)),
  }));
}
