// The updates feed: what changed in the record, newest first, across every project.
import { eventKeys, isUpdate, projectHistory, type ProjectEvent } from './changes.ts';
import type { Dataset, Project } from './schema.ts';

export interface Update {
  project: Project;
  event: ProjectEvent;
  /** The entry's anchor on the project page. */
  key: string;
}

export function collectUpdates(dataset: Dataset, today: string, limit: number): Update[] {
  const updates = dataset.projects.flatMap((project) => {
    const events = projectHistory(project, today);
    const keys = eventKeys(events);
    return events.map((event, index) => ({ project, event, key: keys[index]! })).filter(({ event }) => isUpdate(event));
  });
  return updates.sort((a, b) => (a.event.date === b.event.date ? 0 : a.event.date < b.event.date ? 1 : -1)).slice(0, limit);
}
