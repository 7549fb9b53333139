// The development corpus's answer key (`expected/*.json` beside `articles/`): what a careful editor would
// publish for each scraped page. Only the fields `npm run eval` scores are read; see the corpus's README.
import { z } from 'astro/zod';

const nullableText = z.string().nullable().optional();

export const expectedArticleSchema = z.object({
  title: nullableText,
  date: nullableText,
  date_alternatives: z.array(z.string()).optional(),
  publication: nullableText,
  byline: nullableText,
  clean_simplified: z.string(),
  must_keep: z.array(z.string()),
  chrome_lines: z.array(z.string()),
  chrome_lines_clean: z.array(z.string()).optional(),
  optional_lines: z.array(z.string()).optional(),
  optional_lines_clean: z.array(z.string()).optional(),
  damaged_lines: z.array(z.number()).optional(),
});

export type ExpectedArticle = z.infer<typeof expectedArticleSchema>;
