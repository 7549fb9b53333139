// A Lighthouse report (LHR) read down to what the benchmark prints: four category scores out of 100, LCP, CLS and
// TBT, and the audits that failed, each with its id and what it found, for whoever fixes the pages.

/** The parts of an LHR this reads; the real type (lighthouse's LH.Result) has far more. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    | {
        id: string;
        title: string;
        score: number | null;
        scoreDisplayMode: string;
        displayValue?: string | undefined;
        numericValue?: number | undefined;
        details?: unknown;
      }
    | undefined
  >;
}

export interface FailingAudit {
  id: string;
  category: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Up to five offending items, as selectors, URLs or snippets. */
  items: string[];
}

export interface LighthouseSummary {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  failing: FailingAudit[];
}

export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, bestPractices: 95, seo: 100 } as const;

const CATEGORY_KEYS = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^[a-z]+:/.test(value) ? value : undefined;
  if (value && typeof value === 'object' && typeof (value as Record<string, unknown>).url === 'string') return (value as Record<string, string>).url;
  return undefined;
}

/** One row of an audit's table: an element, a URL, or a message with its URL. */
function itemText(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const node = record.node as Record<string, unknown> | undefined;
  if (node && typeof node.selector === 'string') return `${node.selector}${typeof node.snippet === 'string' ? ` ${node.snippet}` : ''}`;
  const url = urlOf(record.url) ?? urlOf(record.source) ?? urlOf(record.sourceLocation);
  const description = typeof record.description === 'string' ? record.description : undefined;
  return url && description ? `${description} (${url})` : (url ?? description);
}

/** Rows of a table of findings; other kinds of details (lists of sub-tables, trees, screenshots) are left out. */
function detailItems(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const { type, items } = details as { type?: unknown; items?: unknown };
  if (!Array.isArray(items) || (type !== undefined && type !== 'table' && type !== 'opportunity')) return [];
  return items.map(itemText).filter((text): text is string => text !== undefined).slice(0, 5);
}

/** Scores ×100, metrics rounded; failing audits are those scored below 0.9 that count towards a category. */
export function summariseLighthouse(page: string, result: LighthouseResult): LighthouseSummary {
  const score = (key: string) => Math.round((result.categories[key]?.score ?? 0) * 100);
  const numeric = (id: string) => result.audits[id]?.numericValue ?? Number.NaN;
  const failing: FailingAudit[] = [];
  const seen = new Set<string>();
  for (const [name, key] of Object.entries(CATEGORY_KEYS)) {
    for (const ref of result.categories[key]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (!audit || seen.has(audit.id)) continue;
      // Informative and not-applicable audits have no score; metrics are reported as numbers instead.
      if (audit.score === null || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) || audit.score >= 0.9) continue;
      seen.add(audit.id);
      failing.push({
        id: audit.id,
        category: name,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        items: detailItems(audit.details),
      });
    }
  }
  return {
    page,
    performance: score(CATEGORY_KEYS.performance),
    accessibility: score(CATEGORY_KEYS.accessibility),
    bestPractices: score(CATEGORY_KEYS.bestPractices),
    seo: score(CATEGORY_KEYS.seo),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    tbtMs: Math.round(numeric('total-blocking-time')),
    failing,
  };
}

/** Each score against its target. */
export function lighthouseVerdicts(summary: LighthouseSummary): { category: keyof typeof LIGHTHOUSE_TARGETS; score: number; target: number; pass: boolean }[] {
  return (Object.keys(LIGHTHOUSE_TARGETS) as (keyof typeof LIGHTHOUSE_TARGETS)[]).map((category) => ({
    category,
    score: summary[category],
    target: LIGHTHOUSE_TARGETS[category],
    pass: summary[category] >= LIGHTHOUSE_TARGETS[category],
  }));
}
