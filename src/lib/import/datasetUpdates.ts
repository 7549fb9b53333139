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
import { slugFromTitle } from './slug.ts';

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

/** A measure the article states about a project (床位 1500 张, 年产能 50万 辆/年). */
export interface StatedMeasure {
  projectId: string;
  label: string;
  unit: string;
  scope: string;
  quantity: FoundQuantity;
  quote: string;
  line: number;
  column: number;
}

/** A project the article is about that the dataset does not have yet. */
export interface NewProject {
  id: string;
  name: string;
  aliases: string[];
}

/** A milestone the article reports for a project. */
export interface StatedMilestone {
  projectId: string;
  word: MilestoneWord;
  /** The part of the project it is about (首批机组, 大坝), when the article names one. */
  part?: string | undefined;
  /** The milestone word as the article writes it (投产发电, 静态验收). */
  text?: string;
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
  | { kind: 'project'; projectId: string; name: string; aliases: string[]; line: number; column: number }
  | { kind: 'figure'; projectId: string; figure: FigureKind; report: FigureReportInput; line: number; column: number }
  | { kind: 'measure'; projectId: string; measureId: string; label: string; unit: string; isNew: boolean; report: FigureReportInput; line: number; column: number }
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
  measures?: readonly StatedMeasure[];
  milestones: readonly StatedMilestone[];
  /** The project the article introduces, when the dataset has none it names. */
  newProject?: NewProject | undefined;
}

/** The dataset with a project the article introduces, empty but for its names, so its facts can be proposed. */
export function withNewProject(dataset: Dataset, project: NewProject | undefined): Dataset {
  if (!project || dataset.projects.some((candidate) => candidate.id === project.id)) return dataset;
  return { ...dataset, projects: [...dataset.projects, { id: project.id, name: project.name, aliases: project.aliases, status: [], figures: {}, measures: [], milestones: [] }] };
}

const sameDate = (a: FuzzyDate | undefined, b: FuzzyDate | undefined) =>
  a?.date === b?.date && a?.precision === b?.precision && Boolean(a?.before) === Boolean(b?.before);

/** 封顶 for the whole project, 一期封顶 for phase 1. */
function scopedLabel(label: string, scope: string): string {
  return scope === 'project' ? label : `${formatScope(scope)}${label}`;
}

/** The dataset updates an article's statements call for, in the order the article makes them. */
export function proposeUpdates(input: Dataset, facts: ArticleFacts): DatasetUpdate[] {
  const dataset = withNewProject(input, facts.newProject);
  const updates: DatasetUpdate[] = [];
  const source = (quote: string): Source => ({ article: facts.slug, quote });
  const first = [...facts.figures, ...(facts.measures ?? []), ...facts.milestones].sort((a, b) => a.line - b.line || a.column - b.column)[0];
  if (facts.newProject && dataset !== input)
    updates.push({ kind: 'project', projectId: facts.newProject.id, name: facts.newProject.name, aliases: facts.newProject.aliases, line: first?.line ?? 1, column: first?.column ?? 1 });

  // Every statement of a figure is a report of it, a confirmation as much as a change: the record shows who said
  // what when. Left out: what this article already reported (imported before), what it says twice, and what the
  // dataset already has as of the same day (a second article that day confirms nothing new).
  const sameReport = (a: { value: number; valueMax?: number | undefined; qualifier: Qualifier; scope: string }, b: { value: number; valueMax?: number | undefined; qualifier?: Qualifier | undefined; scope?: string | undefined }) =>
    a.value === b.value && a.valueMax === b.valueMax && a.qualifier === (b.qualifier ?? 'exact') && a.scope === (b.scope ?? 'project');
  const report = (stated: { quantity: FoundQuantity; scope: string; quote: string }): FigureReportInput => ({
    value: stated.quantity.value,
    ...(stated.quantity.valueMax !== undefined ? { valueMax: stated.quantity.valueMax } : {}),
    qualifier: stated.quantity.qualifier,
    scope: stated.scope,
    asOf: facts.date,
    source: source(stated.quote),
  });

  for (const stated of facts.figures) {
    const project = dataset.projects.find((candidate) => candidate.id === stated.projectId);
    if (!project) continue;
    const proposed = report(stated);
    const history = project.figures[stated.figure] ?? [];
    if (history.some((known) => (known.source.article === facts.slug || known.asOf === facts.date) && sameReport(proposed, known))) continue;
    if (updates.some((update) => update.kind === 'figure' && update.projectId === stated.projectId && update.figure === stated.figure && sameReport(proposed, update.report))) continue;
    updates.push({ kind: 'figure', projectId: stated.projectId, figure: stated.figure, report: proposed, line: stated.line, column: stated.column });
  }

  for (const stated of facts.measures ?? []) {
    const project = dataset.projects.find((candidate) => candidate.id === stated.projectId);
    if (!project) continue;
    const proposed = report(stated);
    const existing = project.measures.find((measure) => measure.label === stated.label && measure.unit === stated.unit);
    if (existing?.reports.some((known) => (known.source.article === facts.slug || known.asOf === facts.date) && sameReport(proposed, known))) continue;
    const pending = updates.filter((update): update is Extract<DatasetUpdate, { kind: 'measure' }> => update.kind === 'measure' && update.projectId === project.id);
    // 整车产能达100万辆/年 … Neo Park的100万辆产能: the same figure said again, more briefly.
    if (pending.some((update) => update.unit === stated.unit && (update.label.endsWith(stated.label) || stated.label.endsWith(update.label)) && sameReport(proposed, update.report))) continue;
    const sameMeasure = pending.find((update) => update.label === stated.label && update.unit === stated.unit);
    if (pending.some((update) => update === sameMeasure && sameReport(proposed, update.report)) || (sameMeasure && pending.some((update) => update.measureId === sameMeasure.measureId && sameReport(proposed, update.report)))) continue;
    let measureId = existing?.id ?? sameMeasure?.measureId;
    if (!measureId) {
      const taken = new Set([...project.measures.map((measure) => measure.id), ...pending.map((update) => update.measureId)]);
      const base = slugFromTitle(stated.label, undefined) ?? 'measure';
      measureId = base;
      for (let n = 2; taken.has(measureId); n++) measureId = `${base}-${n}`;
    }
    updates.push({ kind: 'measure', projectId: project.id, measureId, label: stated.label, unit: stated.unit, isNew: !existing && !sameMeasure, report: proposed, line: stated.line, column: stated.column });
  }

  const stageReached = new Map<string, { stage: LifecycleStage; stated: StatedMilestone }>();
  for (const stated of facts.milestones) {
    const project = dataset.projects.find((candidate) => candidate.id === stated.projectId);
    if (!project) continue;
    const pending = updates.filter((update): update is Extract<DatasetUpdate, { kind: 'milestone' }> => update.kind === 'milestone' && update.projectId === project.id);
    // A part (首批机组) or an event named by its own words (静态验收) is its own milestone: 首批机组投产 and 全部机组投产
    // are two promises, not one that moved.
    const own = stated.word.labelFromText ? (stated.text ?? '') : '';
    const named = stated.part ?? own;
    const kind = named ? `${stated.word.kind}-${slugFromTitle(named, undefined) ?? 'part'}` : stated.word.kind;
    const label = stated.part ? `${stated.part}${stated.text ?? stated.word.label}` : own || stated.word.label;
    const id = scopedId(kind, stated.scope);
    // 一期奠基仪式…当日，工厂正式开工建设: the project starts when its first phase does, so a start of the project on the
    // day this article gives for phase 1's start is that same event, said twice.
    if (stated.word.kind === 'construction-start' && stated.scope === 'project' && stated.date) {
      const phaseOne = scopedId(kind, 'phase-1');
      const sameDay = (report: { date?: FuzzyDate | undefined; type: string }) => report.type === stated.type && sameDate(report.date, stated.date);
      if (pending.some((update) => update.milestoneId === phaseOne && sameDay(update.report)) || project.milestones.some((milestone) => milestone.id === phaseOne && milestone.reports.some((known) => known.source.article === facts.slug && sameDay(known)))) continue;
    }
    const existing =
      project.milestones.find((milestone) => milestone.scope === stated.scope && milestone.id === id) ??
      (named ? project.milestones.find((milestone) => milestone.scope === stated.scope && milestone.label.includes(named) && (own || stated.word.labelPattern.test(milestone.label))) : project.milestones.find((milestone) => milestone.scope === stated.scope && stated.word.labelPattern.test(milestone.label)));
    const addedHere = pending.find((update) => update.isNew && update.scope === stated.scope && update.milestoneId === (existing?.id ?? id));
    const report: MilestoneReportInput = { type: stated.type, ...(stated.date ? { date: stated.date } : {}), asOf: facts.date, source: source(stated.quote) };
    const target = existing ?? (addedHere ? { id: addedHere.milestoneId, label: addedHere.label, scope: addedHere.scope, reports: [] as Array<{ type: string; date?: FuzzyDate | undefined; asOf: string; source: Source }> } : undefined);
    if (target) {
      // Imported before, or said twice here; a plan repeated by a later article is a report that it still stands.
      if (target.reports.some((known) => (known.source.article === facts.slug || known.asOf === facts.date) && known.type === stated.type && sameDate(known.date, stated.date))) continue;
      const said = pending.filter((update) => update.milestoneId === target.id);
      if (said.some((update) => update.report.type === stated.type && sameDate(update.report.date, stated.date))) continue;
      // Done without a date says less than done on a day the same article gives elsewhere; from another article it
      // confirms the record, with its own source.
      if (stated.type === 'done' && !stated.date && [...said.map((update) => update.report), ...target.reports.filter((known) => known.source.article === facts.slug)].some((known) => known.type === 'done' && known.date)) continue;
      updates.push({ kind: 'milestone', projectId: project.id, milestoneId: target.id, label: target.label, scope: target.scope, isNew: false, report, line: stated.line, column: stated.column });
    } else {
      const taken = new Set([...project.milestones.map((milestone) => milestone.id), ...pending.map((update) => update.milestoneId)]);
      let free = id;
      for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
      updates.push({ kind: 'milestone', projectId: project.id, milestoneId: free, label: scopedLabel(label, stated.scope), scope: stated.scope, isNew: true, report, line: stated.line, column: stated.column });
    }

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
 *     + figures.investment  一期 3.5亿元（新口径；全项目 5.2亿元）   content/articles/x.md:12:9
 *       “项目分两期建设，一期计划投资3.5亿元”
 */
export function describeUpdates(input: Dataset, updates: readonly DatasetUpdate[], articlePath: string, stageLabels: Record<LifecycleStage, string>): string[] {
  const lines: string[] = [];
  const created = updates.find((update): update is Extract<DatasetUpdate, { kind: 'project' }> => update.kind === 'project');
  const dataset = withNewProject(input, created ? { id: created.projectId, name: created.name, aliases: created.aliases } : undefined);
  const projectIds = [...new Set(updates.map((update) => update.projectId))];
  for (const projectId of projectIds) {
    const project = dataset.projects.find((candidate) => candidate.id === projectId)!;
    lines.push(`  ${projectId} ${project.name}`);
    for (const update of updates.filter((candidate) => candidate.projectId === projectId)) {
      const at = `${articlePath}:${update.line}:${update.column}`;
      let what: string;
      if (update.kind === 'project') {
        lines.push(`    + 新项目（数据集里还没有）：${update.name}${update.aliases.length ? `；别名 ${update.aliases.join('、')}` : ''}   ${at}`);
        continue;
      }
      if (update.kind === 'figure') {
        const history = project.figures[update.figure] ?? [];
        const previous = latestForScope(history, update.report.scope);
        const was = previous
          ? previous.value === update.report.value && previous.qualifier === update.report.qualifier
            ? `与 ${previous.asOf} 的记录相同，再次报道`
            : `此前为 ${formatFigure(update.figure, previous)}，${previous.asOf}`
          : history.length
            ? `新口径；${[...new Set(history.map((report) => report.scope))].map((scope) => `${formatScope(scope)} ${formatFigure(update.figure, latestForScope(history, scope)!)}`).join('，')}`
            : '首次报道';
        what = `+ figures.${update.figure}  ${formatScope(update.report.scope)} ${formatFigure(update.figure, update.report)}（${was}）`;
      } else if (update.kind === 'measure') {
        const existing = project.measures.find((measure) => measure.id === update.measureId);
        const previous = existing ? latestForScope(existing.reports, update.report.scope) : undefined;
        const value = (report: { value: number; valueMax?: number | undefined; qualifier: Qualifier }) => `${QUALIFIER_WORDS[report.qualifier]}${report.value}${report.valueMax === undefined ? '' : `—${report.valueMax}`}${update.unit}`;
        const was = update.isNew ? '新指标' : previous ? (previous.value === update.report.value ? `与 ${previous.asOf} 的记录相同，再次报道` : `此前为 ${value(previous)}，${previous.asOf}`) : '新口径';
        what = `+ measures.${update.measureId}（${update.label}）  ${formatScope(update.report.scope)} ${value(update.report)}（${was}）`;
      } else if (update.kind === 'milestone') {
        const date = update.report.date ? ` ${formatFuzzyDate(update.report.date)}` : '';
        const type = update.report.type === 'plan' ? `计划于${date}` : `已完成${date || '（未报道日期）'}`;
        let against = '';
        const existing = project.milestones.find((milestone) => milestone.id === update.milestoneId);
        if (existing) {
          const assessment = assessMilestone({ reports: [...existing.reports, update.report] }, update.report.asOf);
          const firstPlan = assessment.firstPlan?.date ? formatFuzzyDate(assessment.firstPlan.date) : undefined;
          if (update.report.type === 'done' && firstPlan)
            against = assessment.status === 'done-late' && assessment.delay ? `；最初计划 ${firstPlan}：晚了 ${formatDelay(assessment.delay)}` : assessment.status === 'done-on-time' ? `；最初计划 ${firstPlan}：按期` : `；最初计划 ${firstPlan}`;
          else if (update.report.type === 'plan' && firstPlan) against = `；最初计划 ${firstPlan}`;
        }
        what = `+ milestones.${update.milestoneId}${update.isNew ? `（新节点：${update.label}${update.scope === 'project' || update.label.includes(formatScope(update.scope)) ? '' : `，${formatScope(update.scope)}`}）` : ` ${update.label}`}  ${type}${against}`;
      } else {
        const current = latestReport(project.status)?.stage;
        what = `+ status  ${update.report.stage} ${stageLabels[update.report.stage]}${current ? `（此前为 ${current}）` : ''}`;
      }
      lines.push(`    ${what}   ${at}`, `      “${update.report.source.quote}”`);
    }
  }
  return lines;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: '', about: '约', over: '超', 'at-least': '不少于', under: '近', 'at-most': '不超过' };

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
export function applyUpdates(text: string, input: Dataset, updates: readonly DatasetUpdate[]): string {
  let result = text;
  let dataset = input;
  for (const update of updates) {
    if (update.kind === 'project') {
      // A new project is written with its names only; its facts follow as reports like any other's.
      result = append(result, ['projects'], { id: update.projectId, name: update.name, ...(update.aliases.length ? { aliases: update.aliases } : {}), status: [], figures: {}, milestones: [] });
      dataset = withNewProject(dataset, { id: update.projectId, name: update.name, aliases: update.aliases });
      continue;
    }
    const index = dataset.projects.findIndex((project) => project.id === update.projectId);
    if (index < 0) continue;
    const project: JSONPath = ['projects', index];
    if (update.kind === 'figure') result = append(result, [...project, 'figures', update.figure], update.report);
    else if (update.kind === 'measure') {
      if (update.isNew) result = append(result, [...project, 'measures'], { id: update.measureId, label: update.label, unit: update.unit, reports: [update.report] });
      else {
        const measures = (parse(result) as { projects: { measures?: { id: string }[] }[] }).projects[index]?.measures ?? [];
        result = append(result, [...project, 'measures', measures.findIndex((measure) => measure.id === update.measureId), 'reports'], update.report);
      }
    }
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
