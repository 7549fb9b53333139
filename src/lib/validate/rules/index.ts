// Every rule a content message can carry, each explained under a heading of its own in docs/rules.md. The rules
// across files are checks of their own, one module each, run by checkContent in this order; the others are found
// while a file is read, or by a pass that finds several at once, and name the module that reports them.

import { dateAfterReport } from './date-after-report.ts';
import { draftSource } from './draft-source.ts';
import { duplicateArticle } from './duplicate-article.ts';
import { duplicateName } from './duplicate-name.ts';
import { earlyDate } from './early-date.ts';
import { futureDate } from './future-date.ts';
import { nameNotSimplified } from './name-not-simplified.ts';
import { projectNotListed } from './project-not-listed.ts';
import { quoteNotFound } from './quote-not-found.ts';
import { reportedRule } from './rule.ts';
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
  reportedRule('missing-file', 'error', 'scripts/lib/content.ts'),
  reportedRule('encoding', 'error', 'scripts/lib/content.ts'),
  reportedRule('too-large', 'error', 'scripts/lib/content.ts'),
  reportedRule('json-syntax', 'error', `${VALIDATE}/datasetFile.ts`),
  reportedRule('duplicate-key', 'error', `${VALIDATE}/datasetFile.ts`),
  reportedRule('schema', 'error', `${VALIDATE}/datasetFile.ts`),
  reportedRule('duplicate-id', 'error', `${VALIDATE}/datasetFile.ts`),
  reportedRule('frontmatter', 'error', `${VALIDATE}/articleFile.ts`),
  reportedRule('article-file-name', 'error', `${VALIDATE}/articleFile.ts`),
  reportedRule('body-syntax', 'error', `${VALIDATE}/articleFile.ts`),
  reportedRule('too-deep', 'error', `${VALIDATE}/articleFile.ts`),
  reportedRule('todo', 'error', `${VALIDATE}/articleFile.ts`),
  reportedRule('control-character', 'error', `${VALIDATE}/datasetFile.ts, articleFile.ts and bodySafety.ts`),
  reportedRule('raw-html', 'error', `${VALIDATE}/bodySafety.ts`),
  reportedRule('unsafe-url', 'error', `${VALIDATE}/bodySafety.ts`),
  reportedRule('mdx-code', 'error', `${VALIDATE}/bodySafety.ts`),
  reportedRule('unknown-chart', 'error', `${VALIDATE}/chartEmbeds.ts`),
  reportedRule('chart-props', 'error', `${VALIDATE}/chartEmbeds.ts`),
  reportedRule('unknown-chart-project', 'error', `${VALIDATE}/chartEmbeds.ts`),
  reportedRule('chart-without-data', 'error', `${VALIDATE}/chartEmbeds.ts`),
  reportedRule('fact-mismatch', 'warning', 'src/lib/facts/factCheck.ts'),
  reportedRule('fact-missing', 'warning', 'src/lib/facts/factCheck.ts'),
  reportedRule('fact-vs-derived', 'warning', 'src/lib/facts/factCheck.ts'),
  reportedRule('zh-punctuation', 'warning', `${VALIDATE}/typography.ts`),
  reportedRule('zh-spacing', 'warning', `${VALIDATE}/typography.ts`),
] as const;

export const RULES = [...CONTENT_RULES, ...REPORTED_RULES] as const;

/** The id of every rule: a message's rule id must be one of these, and each has its section in docs/rules.md. */
export type RuleId = (typeof RULES)[number]['id'];
