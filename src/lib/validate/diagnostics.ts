// Content problems are data (vfile messages), printed one per line in the style of eslint and remark-cli, the
// rule given as the section of docs/rules.md that explains it (the id follows the #):
//   content/data/projects.json:12:7  error  projects[0].figures.investment[0].value：应为不小于 0 的数字，实为 -5  docs/rules.md#schema
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Place } from './position.ts';
import type { RuleId } from './rules/index.ts';
import { ruleDocs } from './rules/rule.ts';

export type Severity = 'error' | 'warning';

export const MESSAGE_SOURCE = 'jindu';

/** Records a problem on a file; errors are marked fatal so callers can tell them from warnings. */
export function flag(
  file: VFile,
  severity: Severity,
  reason: string,
  place: Place | undefined,
  ruleId: RuleId,
): VFileMessage {
  // vfile wants a point, or a position with both ends.
  const where = place ? (place.end ? { start: place.start, end: place.end } : place.start) : undefined;
  const message = file.message(reason, { place: where, ruleId, source: MESSAGE_SOURCE });
  message.fatal = severity === 'error';
  message.url = ruleDocs(ruleId);
  return message;
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : 'warning';
}

/**
 * One line per problem: path:line:column  severity  reason  docs/rules.md#rule-id. A message from outside the
 * content checks (the importer's) has no section there and ends with its bare rule id.
 */
export function formatMessage(message: VFileMessage, filePath = message.file): string {
  const where = message.line ? `${filePath}:${message.line}:${message.column ?? 1}` : filePath;
  const rule = message.url ?? message.ruleId;
  return `${where}  ${severityOf(message)}  ${message.reason}${rule ? `  ${rule}` : ''}`;
}

export function sortMessages(messages: VFileMessage[]): VFileMessage[] {
  return [...messages].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

export function countBySeverity(messages: VFileMessage[]): { errors: number; warnings: number } {
  const errors = messages.filter((message) => message.fatal).length;
  return { errors, warnings: messages.length - errors };
}

export { VFile };

/** Whether a message is this rule's: the id is checked against the registry, so a misspelt one does not compile. */
export function isRule(message: VFileMessage, id: RuleId): boolean {
  return message.source === MESSAGE_SOURCE && message.ruleId === id;
}
