// Where a text names a dataset project: by its name, its name without the trailing 项目 (商业职业学院迁建 for
// 商业职业学院迁建项目), or an alias from the dataset. The longest name wins where two overlap.

import type { Project } from '../schema.ts';

export interface ProjectMention {
  projectId: string;
  start: number;
  end: number;
  text: string;
  /** True when the text is the project's own name (with or without 项目), false for an alias. */
  canonical: boolean;
}

export type NamedProject = Pick<Project, 'id' | 'name'> & { aliases?: readonly string[] | undefined };

// A name shortened below this many characters would match ordinary words.
const MIN_SHORT_NAME = 4;

function withoutSuffix(name: string): string | undefined {
  const short = name.replace(/项目$/u, '');
  return short !== name && [...short].length >= MIN_SHORT_NAME ? short : undefined;
}

export interface NameIndex {
  find(text: string): ProjectMention[];
  /** The names the index knows for a project, its own name first. */
  namesOf(projectId: string): string[];
}

export function projectNameIndex(projects: readonly NamedProject[]): NameIndex {
  const entries = new Map<string, { projectId: string; canonical: boolean }>();
  const byProject = new Map<string, string[]>();
  for (const project of projects) {
    const own = [project.name, withoutSuffix(project.name)].filter((name): name is string => name !== undefined);
    const aliases = (project.aliases ?? []).flatMap((alias) => [alias, withoutSuffix(alias)]).filter((name): name is string => name !== undefined);
    for (const name of own) if (!entries.has(name)) entries.set(name, { projectId: project.id, canonical: true });
    for (const name of aliases) if (!entries.has(name)) entries.set(name, { projectId: project.id, canonical: false });
    byProject.set(project.id, [...new Set([...own, ...aliases])]);
  }
  const names = [...entries.keys()].sort((a, b) => b.length - a.length);
  const pattern = names.length ? new RegExp(names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu') : undefined;
  return {
    find(text) {
      if (!pattern) return [];
      return [...text.matchAll(pattern)].map((match) => {
        const entry = entries.get(match[0])!;
        return { projectId: entry.projectId, start: match.index, end: match.index + match[0].length, text: match[0], canonical: entry.canonical };
      });
    },
    namesOf: (projectId) => byProject.get(projectId) ?? [],
  };
}
