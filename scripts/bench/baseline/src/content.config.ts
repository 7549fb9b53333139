// One collection: the corpus's article files, as they are, with no schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: './content/articles' }) }),
};
