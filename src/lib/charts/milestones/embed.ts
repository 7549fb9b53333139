import { z } from 'astro/zod';
import { projectIdProp, projectIdsProp, type EmbedSpec } from '../embed.ts';
import { projectsMilestonesModel } from './model.ts';

const props = z.object({ project: projectIdProp.optional(), projects: projectIdsProp.optional() });

export const milestonesEmbed: EmbedSpec<typeof props> = {
  component: 'Milestones',
  props,
  oneOf: ['project', 'projects'],
  example: { component: '<Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />', directive: '::chart{kind=milestones projects="huali-bio longjiang-chemical-polycarbonate"}' },
  // One project's chart is the one on its page; several projects' is drawn for the article.
  shows: ({ project, projects }, context) => {
    const ids = projects ?? (project ? [project] : []);
    return ids.length === 1 ? { ref: { kind: 'milestones', projectId: ids[0]! } } : { model: projectsMilestonesModel(ids, context) };
  },
};
