import { z } from 'astro/zod';
import type { EmbedSpec } from '../embed.ts';

const props = z.object({});

export const comparisonEmbed: EmbedSpec<typeof props> = {
  component: 'ProjectsComparison',
  props,
  oneOf: [],
  example: { component: '<ProjectsComparison />', directive: '::chart{kind=comparison}' },
  shows: () => ({ ref: { kind: 'comparison' } }),
};
