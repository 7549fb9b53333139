// What `npm run import` tells the editor after writing the article: where it went, what was cleaned, what filled
// each frontmatter field, the projects and quantities it recognised, and what is left to do by hand.

import type { VFileMessage } from 'vfile-message';
import { formatPercent, formatQuantity } from '../format.ts';
import type { Removal } from '../clean/removals.ts';
import type { Comparison } from '../facts/compare.ts';
import { describeExpected, unitOf } from '../facts/factCheck.ts';
import type { Subject } from '../facts/statements.ts';
import type { ImportedStatement, ImportFindings } from './importArticle.ts';

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', gb18030: 'GB18030/GBK' } as const;

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function cleaningLine(findings: ImportFindings): string {
  const by = (kind: Removal['kind']) => findings.removed.filter((removal) => removal.kind === kind).length;
  const parts = [
    by('pinyin') ? count(by('pinyin'), 'pinyin annotation') : '',
    by('placeholder') ? count(by('placeholder'), 'image placeholder') : '',
    by('chrome') ? count(by('chrome'), 'page line', 'page lines') + ' (buttons, share bars, 来源/编辑 lines)' : '',
  ].filter(Boolean);
  const removed = parts.length ? `removed ${parts.join(', ')}` : 'nothing to remove';
  return `${removed}; ${findings.converted ? 'converted Traditional characters to Simplified' : 'the text was already Simplified'}.`;
}

function subjectWords(subject: Subject): string {
  if (subject.type === 'figure') return `${subject.projectId} ${subject.figure}${subject.scope === 'project' ? '' : ` (${subject.scope})`}`;
  return `zone ${subject.indicator}${subject.field === 'minInvestment' ? ' threshold' : ''}`;
}

function comparisonWords(comparison: Comparison | undefined, subject: Subject): string {
  if (!comparison) return '';
  if (comparison.status === 'agrees') return ': as in the dataset';
  if (comparison.status === 'missing') return ': not in the dataset yet';
  return `: the dataset has ${describeExpected(comparison.expected, unitOf(subject))}`;
}

/** 5.2亿元 (520000000 元); 约150亩 (about 10 公顷). */
function quantityWords(statement: ImportedStatement): string {
  const { quantity } = statement;
  const qualifier = quantity.qualifier === 'exact' ? '' : `${quantity.qualifier} `;
  const range = (value: number) => (quantity.valueMax === undefined ? `${value}` : `${value}–${quantity.valueMax}`);
  if (quantity.unit === 'yuan') return `${quantity.text} (${qualifier}${range(quantity.value)} 元)`;
  if (quantity.unit === 'hectare' && formatQuantity(quantity, 'hectare') !== quantity.text) return `${quantity.text} (${qualifier}${range(Number(quantity.value.toPrecision(12)))} 公顷)`;
  return quantity.text;
}

/** “该项目计划投资5.2亿元,…”: the clause that states it, and an ellipsis where the sentence goes on. */
function quote(statement: ImportedStatement): string {
  const more = statement.clause.end < statement.sentence.end ? '…' : '';
  return `“${statement.clause.text.trim()}${more}”`;
}

function messageLine(message: VFileMessage, path: string | undefined, line: number | undefined, column: number | undefined, extra = ''): string {
  const where = line === undefined ? path : `${path}:${line}:${column ?? 1}`;
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note';
  return `  ${where}  ${severity}  ${message.reason}  ${message.ruleId ?? ''}${extra}`.trimEnd();
}

export interface ReportInput {
  path: string;
  replaced: boolean;
  /** The article was already there with exactly this text (importing again to apply updates). */
  unchanged?: boolean;
  sourceName: string;
  findings: ImportFindings;
  problems: VFileMessage[];
}

export function importReport({ path, replaced, unchanged = false, sourceName, findings, problems }: ReportInput): string[] {
  const lines: string[] = [unchanged ? `Kept ${path} (already imported with this text)` : `${replaced ? 'Replaced' : 'Wrote'} ${path}`, ''];
  lines.push(`Read ${sourceName} (${ENCODING_NAMES[findings.encoding]}): ${cleaningLine(findings)}`, '');

  const title =
    findings.title.value !== undefined
      ? `${findings.title.value} (the first line)${findings.originalTitle ? `; source.originalTitle keeps ${findings.originalTitle}` : ''}`
      : 'TODO: the first line does not look like a headline; write one';
  const dateFrom = { option: 'from --date', metadata: 'from the page’s 发布时间 line', closing: 'from the closing date line', missing: '' } as const;
  const date =
    findings.date.value !== undefined
      ? `${findings.date.value} (${dateFrom[findings.date.from]})`
      : 'TODO: no publication date found; write it (YYYY-MM-DD) or import again with --date. The article does not build until then.';
  const slugFrom = { option: 'from --slug', title: 'from the title', 'first-sentence': 'from the first sentence; --slug chooses another' } as const;
  lines.push(
    'Frontmatter:',
    `  title     ${title}`,
    `  date      ${date}`,
    `  summary   the first sentence; shorten or rewrite it`,
    `  file      ${findings.slug.value}.md (${slugFrom[findings.slug.from]})`,
    `  source    ${findings.publication ? `publication ${findings.publication} (from the page)` : 'no publication found'}${findings.originalTitle ? ', originalTitle' : ''}`,
    '',
  );

  lines.push(findings.projects.length ? `Projects recognised (${findings.projects.length}), listed in "projects":` : 'Projects recognised: none (names and aliases come from content/data/projects.json).');
  const width = Math.max(0, ...findings.projects.map((project) => project.id.length));
  for (const project of findings.projects) {
    const where = project.mentions.map((mention) => `第${mention.paragraph}段${mention.text === project.name ? '' : ` as ${mention.text}`}`);
    lines.push(`  ${project.id.padEnd(width)}  ${project.name}  (${[...new Set(where)].join(', ')})`);
  }
  lines.push('');

  // Counts the dataset does not track (四个体系) would only be noise.
  const shown = findings.statements.filter((statement) => statement.subject || statement.quantity.unit !== 'count');
  lines.push(shown.length ? `Quantities (${shown.length}):` : 'Quantities: none found.');
  for (const statement of shown) {
    const derived = statement.derived?.disagreement
      ? `; but ${statement.derived.started.value} ÷ ${statement.derived.planned.value} = ${formatPercent(statement.derived.computed)}`
      : '';
    const about = statement.subject ? ` → ${subjectWords(statement.subject)}${comparisonWords(statement.comparison, statement.subject)}${derived}` : '';
    lines.push(`  第${statement.paragraph}段: ${statement.label ? `${statement.label} ` : ''}${quantityWords(statement)} — ${quote(statement)}${about}`);
  }

  const damage = findings.damage;
  const notes = problems.filter((message) => !damage.some((entry) => entry.message === message));
  if (damage.length || notes.length) {
    lines.push('', 'To fix by hand (npm run check reports the placeholders until they are filled):');
    for (const entry of damage)
      lines.push(messageLine(entry.message, entry.line === undefined ? sourceName : path, entry.line ?? entry.message.line ?? undefined, entry.column ?? entry.message.column ?? undefined, entry.line === undefined ? '' : `  (${sourceName}:${entry.message.line}:${entry.message.column})`));
    for (const message of notes) lines.push(messageLine(message, message.file, message.line ?? undefined, message.column ?? undefined));
  }
  lines.push('', `Next: read ${path} against the original, fix what is listed above, then run npm run check.`);
  return lines;
}
