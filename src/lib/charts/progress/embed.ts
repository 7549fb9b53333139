import { z } from 'astro/zod';
import type { EmbedSpec } from '../embed.ts';

const props = z.object({});

export const progressEmbed: EmbedSpec<typeof props> = {
  component: 'Progress',
  formerly: ['ZoneProgress'],
  props,
  oneOf: [],
  example: { component: '<Progress />', directive: '::chart{kind=progress}' },
  shows: () => ({ ref: { kind: 'progress' } }),
};
