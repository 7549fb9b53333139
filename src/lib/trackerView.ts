// The /tracker/ page: every milestone of every project with its assessment, grouped by status, overdue first.
import { dateWindow } from './fuzzyDate.ts';
import { assessMilestone, milestoneStatuses, tallyStatuses, type MilestoneAssessment, type MilestoneStatus } from './milestoneStatus.ts';
import type { Dataset, Milestone, Project } from './schema.ts';

export interface TrackedMilestone {
  project: Project;
  milestone: Milestone;
  assessment: MilestoneAssessment;
}

export interface TrackerGroup {
  status: MilestoneStatus;
  entries: TrackedMilestone[];
}

function dueOf(entry: TrackedMilestone): string {
  const plan = entry.assessment.firstPlan?.date;
  return plan ? dateWindow(plan).end : '9999-12-31';
}

/** Every milestone, grouped in status order; within a group the longest overdue, or the soonest due, first. */
export function trackerGroups(dataset: Dataset, today: string): TrackerGroup[] {
  const all = dataset.projects.flatMap((project) => project.milestones.map((milestone) => ({ project, milestone, assessment: assessMilestone(milestone, today) })));
  return milestoneStatuses.map((status) => ({
    status,
    entries: all
      .filter((entry) => entry.assessment.status === status)
      .sort((a, b) => (b.assessment.delay?.max ?? 0) - (a.assessment.delay?.max ?? 0) || dueOf(a).localeCompare(dueOf(b)) || a.project.name.localeCompare(b.project.name, 'zh-Hans-CN')),
  }));
}

export function trackerTallies(groups: readonly TrackerGroup[]): Record<MilestoneStatus, number> {
  return tallyStatuses(groups.flatMap((group) => group.entries.map((entry) => entry.assessment)));
}
