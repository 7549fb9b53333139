// Each project's name and aliases with where they sit in the dataset, for the rules about names.
import type { Dataset } from '../../schema.ts';
import type { JsonPath } from '../datasetFile.ts';

export interface ProjectName {
  projectId: string;
  name: string;
  path: JsonPath;
}

export function projectNames(dataset: Dataset): ProjectName[] {
  return dataset.projects.flatMap((project, p) => [
    { projectId: project.id, name: project.name, path: ['projects', p, 'name'] },
    ...project.aliases.map((alias, a) => ({ projectId: project.id, name: alias, path: ['projects', p, 'aliases', a] })),
  ]);
}
