import { z } from 'astro/zod';
import type { EmbedSpec } from '../embed.ts';

const props = z.object({});

export const comparisonEmbed: EmbedSpec<typeof props> = {
  component: 'Comparison',
  formerly: ['ProjectsComparison'],
  props,
  oneOf: [],
  example: { component: '<Comparison />', directive: '::chart{kind=comparison}' },
  shows: () => ({ ref: { kind: 'comparison' } }),
};
