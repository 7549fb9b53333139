// What a follow-up article adds to the dataset: a figure the dataset lacks or now reports differently (a phase-1
// budget, a lower forecast), a milestone report (an actual start date, a moved plan), a project reaching a later
// stage. Each update is a new report with the article as its source and the sentence as its quote; nothing in the
// dataset is changed or removed, so the record keeps what was promised beside what happened.
//
// `proposeUpdates` decides, `describeUpdates` says it in words for the editor, `applyUpdates` writes it into the
// dataset's JSON text, keeping the editor's formatting everywhere else.

import { applyEdits, modify, parse, type JSONPath } from 'jsonc-parser';
import { formatFuzzyDate, type FuzzyDate } from '../fuzzyDate.ts';
import { formatScope } from '../format.ts';
import { assessMilestone, formatDelay } from '../milestoneStatus.ts';
import { latestForScope, latestReport } from '../reports.ts';
import { formatFigure } from '../projectView.ts';
import { lifecycleStages, type Dataset, type FigureKind, type LifecycleStage, type Qualifier } from '../schema.ts';
import type { MilestoneWord } from '../facts/milestoneStatements.ts';
import type { FoundQuantity } from '../quantity.ts';

/** A figure the article states about a project, with where it stands and the sentence to quote. */
export interface StatedFigure {
  projectId: string;
  figure: FigureKind;
  scope: string;
  quantity: FoundQuantity;
  quote: string;
  line: number;
  column: number;
}

/** A milestone the article reports for a project. */
export interface StatedMilestone {
  projectId: string;
  word: MilestoneWord;
  type: 'plan' | 'done';
  date: FuzzyDate | undefined;
  scope: string;
  quote: string;
  line: number;
  column: number;
}

interface Source {
  article: string;
  quote: string;
}

export interface FigureReportInput {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  scope: string;
  asOf: string;
  source: Source;
}

export interface MilestoneReportInput {
  type: 'plan' | 'done';
  date?: FuzzyDate;
  asOf: string;
  source: Source;
}

export interface StatusReportInput {
  stage: LifecycleStage;
  asOf: string;
  source: Source;
}

export type DatasetUpdate =
  | { kind: 'figure'; projectId: string; figure: FigureKind; report: FigureReportInput; line: number; column: number }
  | {
      kind: 'milestone';
      projectId: string;
      milestoneId: string;
      label: string;
      scope: string;
      /** The milestone is not in the dataset yet and is added with this one report. */
      isNew: boolean;
      report: MilestoneReportInput;
      line: number;
      column: number;
    }
  | { kind: 'status'; projectId: string; report: StatusReportInput; line: number; column: number };

export interface ArticleFacts {
  slug: string;
  /** The article's publication date, the as-of date of every report it makes. */
  date: string;
  figures: readonly StatedFigure[];
  milestones: readonly StatedMilestone[];
}

const sameDate = (a: FuzzyDate | undefined, b: FuzzyDate | undefined) =>
  a?.date === b?.date && a?.precision === b?.precision && Boolean(a?.before) === Boolean(b?.before);

/** 封顶 for the whole project, 一期封顶 for phase 1. */
function scopedLabel(label: string, scope: string): string {
  return scope === 'project' ? label : `${formatScope(scope)}${label}`;
}

/** The dataset updates an article's statements call for, in the order the article makes them. */
export function proposeUpdates(dataset: Dataset, facts: ArticleFacts): DatasetUpdate[] {
  const updates: DatasetUpdate[] = [];
  const source = (quote: string): Source => ({ article: facts.slug, quote });

  for (const stated of facts.figures) {
    const project = dataset.projects.find((candidate) => candidate.id === stated.projectId);
    if (!project) continue;
    const history = project.figures[stated.figure] ?? [];
    // Imported before: the article's own reports are the record of what it says.
    if (history.some((report) => report.source.article === facts.slug && report.scope === stated.scope)) continue;
    if (updates.some((update) => update.kind === 'figure' && update.projectId === stated.projectId && update.figure === stated.figure && update.report.scope === stated.scope)) continue;
    const { quantity } = stated;
    const latest = latestForScope(history.filter((report) => report.asOf <= facts.date), stated.scope);
    const same = latest && latest.value === quantity.value && latest.valueMax === quantity.valueMax && latest.qualifier === quantity.qualifier;
    if (same) continue;
    updates.push({
      kind: 'figure',
      projectId: stated.projectId,
      figure: stated.figure,
      report: {
        value: quantity.value,
        ...(quantity.valueMax !== undefined ? { valueMax: quantity.valueMax } : {}),
        qualifier: quantity.qualifier,
        scope: stated.scope,
        asOf: facts.date,
        source: source(stated.quote),
      },
      line: stated.line,
      column: stated.column,
    });
  }

  const stageReached = new Map<string, { stage: LifecycleStage; stated: StatedMilestone }>();
  for (const stated of facts.milestones) {
    const project = dataset.projects.find((candidate) => candidate.id === stated.projectId);
    if (!project) continue;
    const pending = updates.filter((update): update is Extract<DatasetUpdate, { kind: 'milestone' }> => update.kind === 'milestone' && update.projectId === project.id);
    const existing =
      project.milestones.find((milestone) => milestone.scope === stated.scope && milestone.id === scopedId(stated.word.kind, stated.scope)) ??
      project.milestones.find((milestone) => milestone.scope === stated.scope && stated.word.labelPattern.test(milestone.label));
    const addedHere = pending.find((update) => update.isNew && update.scope === stated.scope && update.label === scopedLabel(stated.word.label, stated.scope));
    const report: MilestoneReportInput = { type: stated.type, ...(stated.date ? { date: stated.date } : {}), asOf: facts.date, source: source(stated.quote) };
    if (existing) {
      if (existing.reports.some((known) => known.source.article === facts.slug && known.type === stated.type)) continue;
      // A repeat of the latest report of its kind adds nothing to the record.
      const latestOfType = latestReport(existing.reports.filter((known) => known.type === stated.type && known.asOf <= facts.date));
      if (latestOfType && (stated.type === 'done' ? !stated.date || sameDate(latestOfType.date, stated.date) : sameDate(latestOfType.date, stated.date))) continue;
      if (pending.some((update) => update.milestoneId === existing.id && update.report.type === stated.type)) continue;
      updates.push({ kind: 'milestone', projectId: project.id, milestoneId: existing.id, label: existing.label, scope: existing.scope, isNew: false, report, line: stated.line, column: stated.column });
    } else if (!addedHere) {
      const taken = new Set([...project.milestones.map((milestone) => milestone.id), ...pending.map((update) => update.milestoneId)]);
      let id = scopedId(stated.word.kind, stated.scope);
      for (let n = 2; taken.has(id); n++) id = `${scopedId(stated.word.kind, stated.scope)}-${n}`;
      updates.push({ kind: 'milestone', projectId: project.id, milestoneId: id, label: scopedLabel(stated.word.label, stated.scope), scope: stated.scope, isNew: true, report, line: stated.line, column: stated.column });
    } else continue;

    // A milestone done moves the project on: the highest stage the article reports, if later than the record.
    const stage = stated.type === 'done' ? stated.word.stage : undefined;
    if (stage) {
      const known = stageReached.get(project.id);
      if (!known || lifecycleStages.indexOf(stage) > lifecycleStages.indexOf(known.stage)) stageReached.set(project.id, { stage, stated });
    }
  }
  for (const [projectId, { stage, stated }] of stageReached) {
    const project = dataset.projects.find((candidate) => candidate.id === projectId)!;
    const current = latestReport(project.status.filter((report) => report.asOf <= facts.date))?.stage;
    if (current && lifecycleStages.indexOf(stage) <= lifecycleStages.indexOf(current)) continue;
    updates.push({ kind: 'status', projectId, report: { stage, asOf: facts.date, source: source(stated.quote) }, line: stated.line, column: stated.column });
  }
  return updates;
}

function scopedId(kind: string, scope: string): string {
  return scope === 'project' ? kind : `${scope}-${kind}`;
}

// ------------------------------------------------------------------------------------------ words

/**
 * The updates as the editor reads them, project by project: what is added, what the record said before, and the
 * quote it comes with. Stage names come from the site's strings (src/i18n).
 *
 *   huali-bio 华理生物产业园项目
 *     + figures.investment  一期 3.5亿元 (new scope; 全项目: 5.2亿元, 2023-05-10)   content/articles/x.md:12:9
 *       “项目分两期建设，一期计划投资3.5亿元”
 */
export function describeUpdates(dataset: Dataset, updates: readonly DatasetUpdate[], articlePath: string, stageLabels: Record<LifecycleStage, string>): string[] {
  const lines: string[] = [];
  const projectIds = [...new Set(updates.map((update) => update.projectId))];
  for (const projectId of projectIds) {
    const project = dataset.projects.find((candidate) => candidate.id === projectId)!;
    lines.push(`  ${projectId} ${project.name}`);
    for (const update of updates.filter((candidate) => candidate.projectId === projectId)) {
      const at = `${articlePath}:${update.line}:${update.column}`;
      let what: string;
      if (update.kind === 'figure') {
        const history = project.figures[update.figure] ?? [];
        const previous = latestForScope(history, update.report.scope);
        const was = previous
          ? `was ${formatFigure(update.figure, previous)} as of ${previous.asOf}`
          : history.length
            ? `new scope; ${[...new Set(history.map((report) => report.scope))].map((scope) => `${formatScope(scope)} ${formatFigure(update.figure, latestForScope(history, scope)!)}`).join(', ')}`
            : 'first report';
        what = `+ figures.${update.figure}  ${formatScope(update.report.scope)} ${formatFigure(update.figure, update.report)}  (${was})`;
      } else if (update.kind === 'milestone') {
        const date = update.report.date ? ` ${formatFuzzyDate(update.report.date)}` : '';
        const type = update.report.type === 'plan' ? `planned for${date}` : `done${date || ' (no date given)'}`;
        let against = '';
        const existing = project.milestones.find((milestone) => milestone.id === update.milestoneId);
        if (existing) {
          const assessment = assessMilestone({ reports: [...existing.reports, update.report] }, update.report.asOf);
          const firstPlan = assessment.firstPlan?.date ? formatFuzzyDate(assessment.firstPlan.date) : undefined;
          if (update.report.type === 'done' && firstPlan)
            against = assessment.status === 'done-late' && assessment.delay ? `; first planned for ${firstPlan}: late by ${formatDelay(assessment.delay)}` : assessment.status === 'done-on-time' ? `; first planned for ${firstPlan}: on time` : `; first planned for ${firstPlan}`;
          else if (update.report.type === 'plan' && firstPlan) against = `; first planned for ${firstPlan}`;
        }
        what = `+ milestones.${update.milestoneId}${update.isNew ? ` (new: ${update.label}${update.scope === 'project' ? '' : `, ${update.scope}`})` : ` ${update.label}`}  ${type}${against}`;
      } else {
        const current = latestReport(project.status)?.stage;
        what = `+ status  ${update.report.stage} ${stageLabels[update.report.stage]}${current ? `  (was ${current})` : ''}`;
      }
      lines.push(`    ${what}   ${at}`, `      “${update.report.source.quote}”`);
    }
  }
  return lines;
}

// ------------------------------------------------------------------------------------------ applying

const FORMATTING = { insertSpaces: true, tabSize: 2, eol: '\n' } as const;

function detectFormatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /\n([ \t]+)"/u.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : FORMATTING.eol,
  };
}

/** Appends `value` to the array at `path`, or creates the array (and its parent object) when missing. */
function append(text: string, path: JSONPath, value: unknown): string {
  const formattingOptions = detectFormatting(text);
  const document = parse(text) as unknown;
  let node: unknown = document;
  for (const key of path) node = node === undefined || node === null ? undefined : (node as Record<string | number, unknown>)[key];
  if (Array.isArray(node)) {
    return applyEdits(text, modify(text, [...path, node.length], value, { formattingOptions, isArrayInsertion: true }));
  }
  return applyEdits(text, modify(text, path, [value], { formattingOptions }));
}

/** The dataset's JSON text with the updates written in; everything else stays as the editor wrote it. */
export function applyUpdates(text: string, dataset: Dataset, updates: readonly DatasetUpdate[]): string {
  let result = text;
  for (const update of updates) {
    const index = dataset.projects.findIndex((project) => project.id === update.projectId);
    if (index < 0) continue;
    const project: JSONPath = ['projects', index];
    if (update.kind === 'figure') result = append(result, [...project, 'figures', update.figure], update.report);
    else if (update.kind === 'status') result = append(result, [...project, 'status'], update.report);
    else if (update.isNew) {
      const milestone = { id: update.milestoneId, label: update.label, ...(update.scope === 'project' ? {} : { scope: update.scope }), reports: [update.report] };
      result = append(result, [...project, 'milestones'], milestone);
    } else {
      const milestones = (parse(result) as { projects: { milestones?: { id: string }[] }[] }).projects[index]?.milestones ?? [];
      const at = milestones.findIndex((milestone) => milestone.id === update.milestoneId);
      result = append(result, [...project, 'milestones', at, 'reports'], update.report);
    }
  }
  return result;
}
