// The dataset, read once per build: Vite inlines the file and re-runs this module when it changes in dev.
// The build's pre-check has already reported any problem with line numbers; this parse is a safety net.
// While the build caches pages, pages get a tracked view of it (src/lib/incremental/track.ts): reading a project
// records that project, listing the projects records the list, reading the zone or indicators records that field.
import datasetText from '../../content/data/projects.json?raw';
import { datasetSchema, type Dataset, type Project } from '../lib/schema.ts';
import { dep } from '../lib/incremental/deps.ts';
import { TrackedMap, trackedArray, trackedObject, trackingEnabled } from '../lib/incremental/track.ts';

function parseDataset(text: string): Dataset {
  const result = datasetSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    throw new Error(`content/data/projects.json 有错误：运行 npm run check 查看每一处。\n${result.error.message}`);
  }
  return result.data;
}

const parsed = parseDataset(datasetText);

function trackedProject(project: Project): Project {
  const name = dep.project(project.id);
  // A project's id is the one thing a page may read without depending on the rest of it (a link, a lookup).
  return trackedObject(project, name, (property) => (property === 'id' ? undefined : name));
}

const projects = trackingEnabled() ? parsed.projects.map(trackedProject) : parsed.projects;

export const dataset: Dataset = trackingEnabled()
  ? trackedObject({ ...parsed, projects: trackedArray(projects, dep.projects) as Project[] }, 'dataset', (property) =>
      property === 'projects' || typeof property !== 'string' ? undefined : dep.dataset(property),
    )
  : parsed;

/** Projects by id, for pages that look up the projects an article names. */
export const projectsById: ReadonlyMap<string, Project> = trackingEnabled()
  ? new TrackedMap(projects.map((project, index) => [parsed.projects[index]!.id, project] as const), dep.project, dep.projects)
  : new Map(projects.map((project) => [project.id, project]));

/**
 * The dataset without tracking, for the few views that record a narrower dependency of their own (src/loaders/browse.ts:
 * group addresses depend on every project's sector and park, not on their figures). Pages read `dataset`.
 */
export const plainDataset: Dataset = parsed;
