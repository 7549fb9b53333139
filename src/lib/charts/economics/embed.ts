import { z } from 'astro/zod';
import { projectIdProp, type EmbedSpec } from '../embed.ts';

const props = z.object({ project: projectIdProp });

export const economicsEmbed: EmbedSpec<typeof props> = {
  component: 'Economics',
  formerly: ['ProjectEconomics'],
  props,
  oneOf: ['project'],
  needsFigures: true,
  example: { component: '<Economics project="huali-bio" />', directive: '::chart{kind=economics project=huali-bio}' },
  shows: ({ project }) => ({ ref: { kind: 'economics', projectId: project } }),
};
