// Astro reads articles with the same schema the build's pre-check uses (src/lib/schema.ts). The projects
// dataset is not a collection: pages read it whole through src/loaders/dataset.ts, parsed once per build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/articles' }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
