// The dataset, read once per build: Vite inlines the file and re-runs this module when it changes in dev.
// The build's pre-check has already reported any problem with line numbers; this parse is a safety net.
import datasetText from '../../content/data/projects.json?raw';
import { datasetSchema, type Dataset, type Project } from '../lib/schema.ts';

function parseDataset(text: string): Dataset {
  const result = datasetSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    throw new Error(`content/data/projects.json 有错误：运行 npm run check 查看每一处。\n${result.error.message}`);
  }
  return result.data;
}

export const dataset: Dataset = parseDataset(datasetText);

/** Projects by id, for pages that look up the projects an article names. */
export const projectsById: ReadonlyMap<string, Project> = new Map(dataset.projects.map((project) => [project.id, project]));
