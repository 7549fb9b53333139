// Every rule a content message can carry, each explained under a heading of its own in docs/rules.md. The rules
// across files are checks of their own, one module each, run by checkContent in this order; the others are found
// while a file is read, or by a pass that finds several at once, and name the module that flags them.

import { dateAfterReport } from './date-after-report.ts';
import { draftSource } from './draft-source.ts';
import { duplicateArticle } from './duplicate-article.ts';
import { duplicateName } from './duplicate-name.ts';
import { earlyDate } from './early-date.ts';
import { futureDate } from './future-date.ts';
import { nameNotSimplified } from './name-not-simplified.ts';
import { projectNotListed } from './project-not-listed.ts';
import { quoteNotFound } from './quote-not-found.ts';
import { inlineRule } from './rule.ts';
import { staleUpdated } from './stale-updated.ts';
import { statedVsDerived } from './stated-vs-derived.ts';
import { unknownArticle } from './unknown-article.ts';
import { unknownProject } from './unknown-project.ts';

export const CONTENT_RULES = [
  earlyDate,
  futureDate,
  duplicateArticle,
  unknownProject,
  unknownArticle,
  quoteNotFound,
  draftSource,
  projectNotListed,
  nameNotSimplified,
  duplicateName,
  dateAfterReport,
  statedVsDerived,
  staleUpdated,
] as const;

const VALIDATE = 'src/lib/validate';

export const REPORTED_RULES = [
  inlineRule('missing-file', 'error', 'scripts/lib/content.ts'),
  inlineRule('encoding', 'error', 'scripts/lib/content.ts'),
  inlineRule('too-large', 'error', 'scripts/lib/content.ts'),
  inlineRule('json-syntax', 'error', `${VALIDATE}/datasetFile.ts`),
  inlineRule('duplicate-key', 'error', `${VALIDATE}/datasetFile.ts`),
  inlineRule('schema', 'error', `${VALIDATE}/datasetFile.ts`),
  inlineRule('duplicate-id', 'error', `${VALIDATE}/datasetFile.ts`),
  inlineRule('frontmatter', 'error', `${VALIDATE}/articleFile.ts`),
  inlineRule('article-file-name', 'error', `${VALIDATE}/articleFile.ts`),
  inlineRule('body-syntax', 'error', `${VALIDATE}/articleFile.ts`),
  inlineRule('too-deep', 'error', `${VALIDATE}/articleFile.ts`),
  inlineRule('todo', 'error', `${VALIDATE}/articleFile.ts`),
  inlineRule('control-character', 'error', `${VALIDATE}/datasetFile.ts, articleFile.ts and bodySafety.ts`),
  inlineRule('raw-html', 'error', `${VALIDATE}/bodySafety.ts`),
  inlineRule('unsafe-url', 'error', `${VALIDATE}/bodySafety.ts`),
  inlineRule('mdx-code', 'error', `${VALIDATE}/bodySafety.ts`),
  inlineRule('unknown-chart', 'error', `${VALIDATE}/chartEmbeds.ts`),
  inlineRule('chart-props', 'error', `${VALIDATE}/chartEmbeds.ts`),
  inlineRule('unknown-chart-project', 'error', `${VALIDATE}/chartEmbeds.ts`),
  inlineRule('chart-without-data', 'error', `${VALIDATE}/chartEmbeds.ts`),
  inlineRule('fact-mismatch', 'warning', 'src/lib/facts/factCheck.ts'),
  inlineRule('fact-missing', 'warning', 'src/lib/facts/factCheck.ts'),
  inlineRule('fact-vs-derived', 'warning', 'src/lib/facts/factCheck.ts'),
  inlineRule('zh-punctuation', 'warning', `${VALIDATE}/typography.ts`),
  inlineRule('zh-spacing', 'warning', `${VALIDATE}/typography.ts`),
] as const;

export const RULES = [...CONTENT_RULES, ...REPORTED_RULES] as const;

/** The id of every rule: a message's rule id must be one of these, and each has its section in docs/rules.md. */
export type RuleId = (typeof RULES)[number]['id'];
