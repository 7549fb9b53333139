// The benchmark's figures as tables and verdicts: growth of build cost per page between sizes, the targets of
// issue 9 marked pass/FAIL, and plain-text tables for the terminal and README. Pure, so tests can feed numbers.

export interface SizeResult {
  /** Articles in the corpus. */
  n: number;
  /** Wall seconds of a clean `node scripts/build.ts`, the fastest of the runs. */
  seconds: number;
  msPerPage: number;
  baselineSeconds: number;
  /** seconds ÷ baselineSeconds. */
  ratio: number;
  /** Peak resident memory of the build's largest process, in MiB (the largest of the runs). */
  peakRssMB: number;
  /** .html files in dist/. */
  pages: number;
  distMB: number;
  /** Wall seconds of a second build with nothing changed. */
  rebuildSeconds: number;
}

export interface Target {
  label: string;
  value: string;
  target: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

export const TARGETS = {
  ratioAt: [1000, 5000] as const,
  maxRatio: 1.5,
  growthFrom: 1000,
  growthTo: 5000,
  maxGrowth: 1.2,
  rssAt: 5000,
  maxRssMB: 2048,
};

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** ms/page of each larger size against each smaller one: {"1000/100": 1.04}. */
export function growth(sizes: readonly SizeResult[]): Record<string, number> {
  const sorted = [...sizes].sort((a, b) => a.n - b.n);
  const result: Record<string, number> = {};
  for (let i = 1; i < sorted.length; i++) {
    const smaller = sorted[i - 1]!;
    const larger = sorted[i]!;
    result[`${larger.n}/${smaller.n}`] = round(larger.msPerPage / smaller.msPerPage);
  }
  // The growth target compares 5,000 with 1,000 even when other sizes were run between them.
  const from = sorted.find((size) => size.n === TARGETS.growthFrom);
  const to = sorted.find((size) => size.n === TARGETS.growthTo);
  if (from && to) result[`${to.n}/${from.n}`] = round(to.msPerPage / from.msPerPage);
  return result;
}

/** The build targets, each pass, FAIL or not measured. */
export function buildTargets(sizes: readonly SizeResult[]): Target[] {
  const at = (n: number) => sizes.find((size) => size.n === n);
  const targets: Target[] = TARGETS.ratioAt.map((n) => {
    const size = at(n);
    return { label: `${n.toLocaleString('en')} articles vs plain Astro`, value: size ? `${size.ratio.toFixed(2)}×` : 'not run', target: `≤ ${TARGETS.maxRatio}×`, pass: size ? size.ratio <= TARGETS.maxRatio : undefined };
  });
  const key = `${TARGETS.growthTo}/${TARGETS.growthFrom}`;
  const ratio = growth(sizes)[key];
  targets.push({
    label: `ms/page at ${TARGETS.growthTo.toLocaleString('en')} vs ${TARGETS.growthFrom.toLocaleString('en')}`,
    value: ratio === undefined ? 'not run' : `${ratio.toFixed(2)}×`,
    target: `≤ ${TARGETS.maxGrowth}×`,
    pass: ratio === undefined ? undefined : ratio <= TARGETS.maxGrowth,
  });
  const rss = at(TARGETS.rssAt);
  targets.push({
    label: `peak RSS at ${TARGETS.rssAt.toLocaleString('en')} articles`,
    value: rss ? `${Math.round(rss.peakRssMB)} MB` : 'not run',
    target: `< ${TARGETS.maxRssMB / 1024} GB`,
    pass: rss ? rss.peakRssMB < TARGETS.maxRssMB : undefined,
  });
  return targets;
}

export function verdict(pass: boolean | undefined): string {
  return pass === undefined ? '-' : pass ? 'pass' : 'FAIL';
}

/** Columns padded to their widest cell; numbers (and pass/FAIL) right-aligned. Chinese counts double width. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1), 0);
  const widths = header.map((cell, column) => Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^[-+]?[\d.,]+[×%]?$|^-$|^(pass|FAIL)$/u.test(row[column] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const pad = ' '.repeat(Math.max(0, widths[column]! - width(cell)));
        return numeric[column] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function sizesTable(sizes: readonly SizeResult[]): string {
  return formatTable(
    ['articles', 'pages', 'seconds', 'ms/page', 'baseline s', 'ratio', 'peak RSS MB', 'dist MB', 'rebuild s'],
    [...sizes]
      .sort((a, b) => a.n - b.n)
      .map((size) => [
        size.n.toLocaleString('en'),
        size.pages.toLocaleString('en'),
        size.seconds.toFixed(1),
        size.msPerPage.toFixed(1),
        size.baselineSeconds.toFixed(1),
        `${size.ratio.toFixed(2)}×`,
        String(Math.round(size.peakRssMB)),
        size.distMB.toFixed(1),
        size.rebuildSeconds.toFixed(1),
      ]),
  );
}

export function targetsTable(targets: readonly Target[]): string {
  return formatTable(
    ['target', 'measured', 'goal', ''],
    targets.map((target) => [target.label, target.value, target.target, verdict(target.pass)]),
  );
}
