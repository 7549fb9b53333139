// What a rule is: an id (also the heading of its section in docs/rules.md), a severity, and for the rules across
// files a check. This module holds no values but the docs' address, so diagnostics.ts can link every message to
// its rule's section without loading the rules themselves.

import type { VFile } from 'vfile';
import type { Dataset } from '../../schema.ts';
import type { ParsedArticle } from '../articleFile.ts';
import type { JsonPath } from '../datasetFile.ts';
import type { Severity } from '../diagnostics.ts';
import type { Place } from '../position.ts';
import type { RuleId } from './index.ts';

export interface ArticleInput {
  article: ParsedArticle;
  file: VFile;
}

/** Everything a rule across files may read: each file already parsed on its own. */
export interface RuleContext {
  datasetFile: VFile;
  /** The dataset when it passed its schema; the rules about it are skipped otherwise. */
  dataset: Dataset | undefined;
  /** Project ids as written, even when the dataset is invalid; undefined when it could not be read at all. */
  projectIds: Set<string> | undefined;
  /** Where a value sits in the dataset file. */
  locate: (path: JsonPath) => Place | undefined;
  articles: ArticleInput[];
  /** The article each address publishes: the first file for it (duplicate-article flags the others). */
  bySlug: Map<string, ArticleInput>;
  /** The build date (YYYY-MM-DD), when known. */
  today: string | undefined;
}

/** Records one problem under the rule's own id and severity. */
export type RuleFlag = (file: VFile, reason: string, place: Place | undefined) => void;

export interface ContentRule<Id extends string = string> {
  id: Id;
  severity: Severity;
  /** Its heading's anchor in docs/rules.md, where the rule is explained. */
  anchor: string;
  check(context: RuleContext, flag: RuleFlag): void;
}

/** A rule flagged while a file is read, or by a pass that finds several rules at once. */
export interface InlineRule<Id extends string = string> {
  id: Id;
  /** What it usually is; `todo` is a warning in a draft's text fields, and `--strict` makes every warning an error. */
  severity: Severity;
  anchor: string;
  /** The module that flags it, for a newcomer looking for the code behind a message. */
  flaggedBy: string;
}

/** Where the rules are explained, one section each. */
export const RULES_DOC = 'docs/rules.md';

/** Where an editor reads about a rule: `docs/rules.md#quote-not-found` (a rule's section is headed by its id). */
export function ruleDocs(id: RuleId): string {
  return `${RULES_DOC}#${id}`;
}

/** A rule across files; its anchor is its id. */
export function contentRule<const Id extends string>(rule: { id: Id; severity: Severity; check: ContentRule['check'] }): ContentRule<Id> {
  return { ...rule, anchor: rule.id };
}

export function inlineRule<const Id extends string>(id: Id, severity: Severity, flaggedBy: string): InlineRule<Id> {
  return { id, severity, anchor: id, flaggedBy };
}
