import { z } from 'astro/zod';
import type { EmbedSpec } from '../embed.ts';

const props = z.object({});

export const progressEmbed: EmbedSpec<typeof props> = {
  component: 'ZoneProgress',
  props,
  oneOf: [],
  example: { component: '<ZoneProgress />', directive: '::chart{kind=progress}' },
  shows: () => ({ ref: { kind: 'progress' } }),
};
