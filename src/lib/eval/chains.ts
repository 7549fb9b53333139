// Follow-up chains: real projects followed over several real articles (the corpus's chains/<id>/expected.json).
// `npm run eval` imports each article in date order with --apply into a scratch project and compares what was
// written to the dataset with what each article reports: precision and recall of figures and milestones, and
// whether the article was tied to the project at all.
import { z } from 'astro/zod';
import type { Floor } from './summary.ts';

const figureSchema = z.object({
  kind: z.string(),
  label: z.string().optional(),
  value: z.number(),
  value_max: z.number().optional(),
  unit: z.string(),
  qualifier: z.string(),
  scope: z.string(),
  quote: z.string(),
});

const milestoneSchema = z.object({
  kind: z.string(),
  label: z.string().optional(),
  state: z.enum(['planned', 'done']),
  date: z.string().nullable(),
  scope: z.string(),
  quote: z.string(),
});

export const chainSchema = z.object({
  project: z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).default([]) }),
  articles: z.array(
    z.object({
      file: z.string(),
      date: z.string(),
      title: z.string().nullable().optional(),
      names_used: z.array(z.string()).default([]),
      figures: z.array(figureSchema),
      milestones: z.array(milestoneSchema),
    }),
  ),
});

export type Chain = z.infer<typeof chainSchema>;
export type ExpectedFigure = z.infer<typeof figureSchema>;
export type ExpectedMilestone = z.infer<typeof milestoneSchema>;

// ------------------------------------------------------------------------------------------ what was written

/** A report the import added to the dataset, in the terms the corpus uses. */
export type WrittenFact =
  | { type: 'figure'; projectId: string; kind: string; label: string; value: number; valueMax: number | undefined; unit: string; qualifier: string; scope: string; quote: string }
  | { type: 'milestone'; projectId: string; kind: string; label: string; state: 'planned' | 'done' | 'started'; date: string | undefined; asOf: string | undefined; scope: string; quote: string };

interface JsonReport {
  value?: number;
  valueMax?: number;
  qualifier?: string;
  scope?: string;
  type?: string;
  date?: { date: string };
  asOf?: string;
  source?: { quote?: string };
}

interface JsonProject {
  id: string;
  figures?: Record<string, JsonReport[]>;
  measures?: Array<{ id: string; label: string; unit: string; reports: JsonReport[] }>;
  milestones?: Array<{ id: string; label: string; kind?: string; scope?: string; reports: JsonReport[] }>;
}

// The dataset's figure keys, as the corpus names them; their units in the dataset (hectares for land).
const FIGURE_KINDS: Record<string, { kind: string; unit: string }> = {
  investment: { kind: 'investment', unit: '元' },
  landArea: { kind: 'land-area', unit: '公顷' },
  floorArea: { kind: 'floor-area', unit: '平方米' },
  annualRevenue: { kind: 'annual-revenue', unit: '元' },
  annualProfit: { kind: 'annual-profit', unit: '元' },
  annualTax: { kind: 'annual-tax', unit: '元' },
};

/** The reports `after` has that `before` did not (the dataset is append-only, so new ones are at the end). */
export function writtenFacts(before: { projects: JsonProject[] }, after: { projects: JsonProject[] }): WrittenFact[] {
  const facts: WrittenFact[] = [];
  for (const project of after.projects) {
    const old = before.projects.find((candidate) => candidate.id === project.id);
    for (const [key, reports] of Object.entries(project.figures ?? {})) {
      const known = FIGURE_KINDS[key] ?? { kind: key, unit: '' };
      for (const report of reports.slice(old?.figures?.[key]?.length ?? 0))
        facts.push({ type: 'figure', projectId: project.id, kind: known.kind, label: key, value: report.value ?? NaN, valueMax: report.valueMax, unit: known.unit, qualifier: report.qualifier ?? 'exact', scope: report.scope ?? 'project', quote: report.source?.quote ?? '' });
    }
    for (const measure of project.measures ?? []) {
      const was = old?.measures?.find((candidate) => candidate.id === measure.id)?.reports.length ?? 0;
      for (const report of measure.reports.slice(was))
        facts.push({ type: 'figure', projectId: project.id, kind: 'measure', label: measure.label, value: report.value ?? NaN, valueMax: report.valueMax, unit: measure.unit, qualifier: report.qualifier ?? 'exact', scope: report.scope ?? 'project', quote: report.source?.quote ?? '' });
    }
    for (const milestone of project.milestones ?? []) {
      const was = old?.milestones?.find((candidate) => candidate.id === milestone.id)?.reports.length ?? 0;
      for (const report of milestone.reports.slice(was)) {
        const state = report.type === 'plan' ? 'planned' : report.type === 'started' ? 'started' : 'done';
        facts.push({ type: 'milestone', projectId: project.id, kind: milestone.kind ?? milestone.id, label: milestone.label, state, date: report.date?.date, asOf: report.asOf, scope: milestone.scope ?? 'project', quote: report.source?.quote ?? '' });
      }
    }
  }
  return facts;
}

// ------------------------------------------------------------------------------------------ matching

// Units as the corpus writes them, to the dataset's: amounts in 元, land in 公顷.
function expectedIn(unit: string, value: number, kind?: string): { value: number; unit: string } {
  if (unit === '亩') return { value: value / 15, unit: '公顷' };
  if (unit === '平方米' && kind === 'land-area') return { value: value / 1e4, unit: '公顷' };
  if (unit === '公顷') return { value, unit: '公顷' };
  return { value, unit };
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);
// The corpus reads 以上 as over and 不低于 as at-least; both are lower bounds.
const LOWER = new Set(['over', 'at-least']);
const UPPER = new Set(['under', 'at-most']);
const sameQualifier = (a: string, b: string) => a === b || (LOWER.has(a) && LOWER.has(b)) || (UPPER.has(a) && UPPER.has(b));
// A part of a project (首批机组) is recorded on the project.
const sameScope = (written: string, expected: string) => written === expected || (expected.startsWith('part:') && written === 'project');
const compactQuote = (text: string) => text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');

function quotesOverlap(a: string, b: string): boolean {
  const x = compactQuote(a);
  const y = compactQuote(b);
  if (!x || !y) return true;
  return x.includes(y) || y.includes(x) || longestCommon(x, y) >= Math.min(8, x.length, y.length);
}

function longestCommon(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let previous = 0;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? previous + 1 : 0;
      if (row[j]! > best) best = row[j]!;
      previous = saved;
    }
  }
  return best;
}

const KINDS_OF_MEASURE = new Set(['capacity', 'jobs', 'other']);

export function figureMatches(written: Extract<WrittenFact, { type: 'figure' }>, expected: ExpectedFigure): boolean {
  const want = expectedIn(expected.unit, expected.value, expected.kind);
  if (written.kind === 'measure') {
    // An output value (年产值) is what the corpus calls annual revenue for a park.
    const output = expected.kind === 'annual-revenue' && written.unit === '元' && /产值/u.test(written.label);
    if (!KINDS_OF_MEASURE.has(expected.kind) && !output && !(expected.kind === 'floor-area' && written.unit === '平方米')) return false;
    if (written.unit !== want.unit) return false;
  } else if (written.kind !== expected.kind && !(expected.kind === 'other' && written.kind === 'investment' && expected.unit === '元')) return false;
  if (!close(written.value, want.value)) return false;
  if (expected.value_max !== undefined && (written.valueMax === undefined || !close(written.valueMax, expectedIn(expected.unit, expected.value_max).value))) return false;
  return sameQualifier(written.qualifier, expected.qualifier) && sameScope(written.scope, expected.scope) && quotesOverlap(written.quote, expected.quote);
}

// The corpus's milestone kinds, and the dataset milestone kinds that are the same event. The corpus files test runs
// and steps after going into service (试运行, 达产) as other.
const MILESTONE_KINDS: Record<string, readonly string[]> = {
  signing: ['signing'],
  'land-acquired': ['land-acquisition', 'land-acquired'],
  'construction-start': ['construction-start'],
  'topping-out': ['topping-out'],
  'equipment-installation': ['equipment-installation'],
  completion: ['completion', 'mechanical-completion'],
  production: ['production', 'ready-to-produce', 'in-service'],
  other: ['other', 'trial-production', 'full-production'],
};

function sameDate(written: string | undefined, expected: string | null, asOf?: string): boolean {
  if (!expected) return true;
  // Done, with no date of its own: the report says it was done by the article's date (asOf).
  if (!written) return asOf !== undefined && expected.slice(0, 10) <= asOf;
  return written.startsWith(expected) || expected.startsWith(written);
}

export function milestoneMatches(written: Extract<WrittenFact, { type: 'milestone' }>, expected: ExpectedMilestone): boolean {
  const kinds = MILESTONE_KINDS[expected.kind] ?? [expected.kind];
  const kind = written.kind.replace(/^phase-\d+-/u, '');
  if (!kinds.some((candidate) => kind === candidate || kind.startsWith(`${candidate}-`))) return false;
  const state = written.state === 'started' ? 'done' : written.state;
  if (state !== expected.state) return false;
  if (!sameDate(written.date, expected.date, state === 'done' ? written.asOf : undefined) || !sameScope(written.scope, expected.scope)) return false;
  // The same event with the same date, quoted from another sentence of the article (奠基仪式 / 正式开工建设), is the
  // same fact; an undated one needs the quote to tell it from another.
  return (written.date !== undefined && expected.date !== null) || quotesOverlap(written.quote, expected.quote);
}

export interface ArticleChainScore {
  file: string;
  recognised: boolean;
  figures: { expected: number; written: number; matched: number };
  milestones: { expected: number; written: number; matched: number };
  /** What was written that the article does not report, for the developer to read. */
  wrong: WrittenFact[];
  missed: Array<ExpectedFigure | ExpectedMilestone>;
}

/** Pairs what was written with what was expected, one to one. */
export function scoreChainArticle(file: string, recognised: boolean, written: readonly WrittenFact[], figures: readonly ExpectedFigure[], milestones: readonly ExpectedMilestone[]): ArticleChainScore {
  const usedFigures = new Set<number>();
  const usedMilestones = new Set<number>();
  const wrong: WrittenFact[] = [];
  for (const fact of written) {
    if (fact.type === 'figure') {
      const index = figures.findIndex((expected, i) => !usedFigures.has(i) && figureMatches(fact, expected));
      if (index >= 0) usedFigures.add(index);
      else wrong.push(fact);
    } else {
      const index = milestones.findIndex((expected, i) => !usedMilestones.has(i) && milestoneMatches(fact, expected));
      if (index >= 0) usedMilestones.add(index);
      else wrong.push(fact);
    }
  }
  return {
    file,
    recognised,
    figures: { expected: figures.length, written: written.filter((fact) => fact.type === 'figure').length, matched: usedFigures.size },
    milestones: { expected: milestones.length, written: written.filter((fact) => fact.type === 'milestone').length, matched: usedMilestones.size },
    wrong,
    missed: [...figures.filter((_, i) => !usedFigures.has(i)), ...milestones.filter((_, i) => !usedMilestones.has(i))],
  };
}

export interface ChainSummary {
  articles: number;
  recognised: number;
  figures: { expected: number; written: number; matched: number };
  milestones: { expected: number; written: number; matched: number };
}

export function summarizeChains(scores: readonly ArticleChainScore[]): ChainSummary {
  const sum = (pick: (score: ArticleChainScore) => { expected: number; written: number; matched: number }) =>
    scores.reduce((total, score) => ({ expected: total.expected + pick(score).expected, written: total.written + pick(score).written, matched: total.matched + pick(score).matched }), { expected: 0, written: 0, matched: 0 });
  return { articles: scores.length, recognised: scores.filter((score) => score.recognised).length, figures: sum((s) => s.figures), milestones: sum((s) => s.milestones) };
}

/** Issue #15's floors on the chains. */
/** The ids of the chain floors, in the order printed. */
export const CHAIN_FLOOR_IDS = ['chain-recognised', 'chain-recall', 'chain-precision'] as const;

export function chainFloors(summary: ChainSummary): Floor[] {
  const share = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  const expected = summary.figures.expected + summary.milestones.expected;
  const written = summary.figures.written + summary.milestones.written;
  const matched = summary.figures.matched + summary.milestones.matched;
  const recognised = share(summary.recognised, summary.articles);
  const recall = share(matched, expected);
  const precision = share(matched, written);
  const percent = (value: number) => `${value.toFixed(1)}%`;
  return [
    { id: 'chain-recognised', name: '跟踪报道：识别出项目', value: `${summary.recognised}/${summary.articles}（${percent(recognised)}）`, floor: '≥ 95%', met: recognised >= 95 },
    { id: 'chain-recall', name: '跟踪报道：召回率（数字与节点）', value: `${matched}/${expected}（${percent(recall)}）`, floor: '≥ 90%', met: recall >= 90 },
    { id: 'chain-precision', name: '跟踪报道：准确率（写入数据集的）', value: `${matched}/${written}（${percent(precision)}）`, floor: '≥ 95%', met: precision >= 95 },
  ];
}
