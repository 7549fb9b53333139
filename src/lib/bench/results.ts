// The benchmark's figures as tables and verdicts: growth of build cost per page between sizes, the
// targets marked pass/FAIL, and plain-text tables for the terminal and docs/performance.md. Pure, so tests can feed numbers.

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
  /** The same of the plain Astro build. */
  baselinePeakRssMB: number;
  /** .html files in dist/. */
  pages: number;
  distMB: number;
  /** Wall seconds of a build with nothing changed since the last (with its cache). */
  rebuildSeconds: number;
  /** Wall seconds of a build after one article was added (with the cache of the last build). */
  addArticleSeconds: number;
  /** Wall seconds of a build after one project's figures were edited (with the cache of the last build). */
  editProjectSeconds: number;
  /** Each against plain Astro's clean build of the same articles in the same run. */
  cleanRatio: number;
  addArticleRatio: number;
  editProjectRatio: number;
  unchangedRatio: number;
  /** peakRssMB ÷ baselinePeakRssMB. */
  peakRssRatio: number;
}

/** The ratios of a size's measured seconds and memory to plain Astro's. */
export function withRatios<T extends Omit<SizeResult, 'ratio' | 'cleanRatio' | 'addArticleRatio' | 'editProjectRatio' | 'unchangedRatio' | 'peakRssRatio'>>(size: T): T & Pick<SizeResult, 'ratio' | 'cleanRatio' | 'addArticleRatio' | 'editProjectRatio' | 'unchangedRatio' | 'peakRssRatio'> {
  const of = (seconds: number) => round(seconds / size.baselineSeconds);
  return {
    ...size,
    ratio: of(size.seconds),
    cleanRatio: of(size.seconds),
    addArticleRatio: of(size.addArticleSeconds),
    editProjectRatio: of(size.editProjectSeconds),
    unchangedRatio: of(size.rebuildSeconds),
    peakRssRatio: round(size.peakRssMB / size.baselinePeakRssMB),
  };
}

export interface Target {
  label: string;
  value: string;
  target: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

/** Issue 19: what an editor waits for, against a plain Astro site of the same .md articles built from clean. */
export const TARGETS = {
  at: [1000, 5000] as const,
  ratios: [
    { key: 'addArticleRatio', label: 'one article added', max: 1.0 },
    { key: 'editProjectRatio', label: "one project's figures edited", max: 1.5 },
    { key: 'unchangedRatio', label: 'nothing changed', max: 0.5 },
    { key: 'cleanRatio', label: 'clean build', max: 3 },
    { key: 'peakRssRatio', label: 'peak memory', max: 1.25 },
  ] as const,
  growthFrom: 1000,
  growthTo: 5000,
  maxGrowth: 1.2,
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
  const targets: Target[] = TARGETS.at.flatMap((n) => {
    const size = at(n);
    return TARGETS.ratios.map(({ key, label, max }) => ({
      label: `${n.toLocaleString('en')} articles, ${label} vs plain Astro`,
      value: size ? `${size[key].toFixed(2)}×` : 'not run',
      target: `≤ ${max}×`,
      pass: size ? size[key] <= max : undefined,
    }));
  });
  const key = `${TARGETS.growthTo}/${TARGETS.growthFrom}`;
  const ratio = growth(sizes)[key];
  targets.push({
    label: `ms/page at ${TARGETS.growthTo.toLocaleString('en')} vs ${TARGETS.growthFrom.toLocaleString('en')}`,
    value: ratio === undefined ? 'not run' : `${ratio.toFixed(2)}×`,
    target: `≤ ${TARGETS.maxGrowth}×`,
    pass: ratio === undefined ? undefined : ratio <= TARGETS.maxGrowth,
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
    ['articles', 'pages', 'seconds', 'ms/page', 'baseline s', 'ratio', 'peak RSS MB', 'baseline MB', 'dist MB', 'add article s', 'edit project s', 'unchanged s'],
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
        String(Math.round(size.baselinePeakRssMB)),
        size.distMB.toFixed(1),
        size.addArticleSeconds.toFixed(1),
        size.editProjectSeconds.toFixed(1),
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

/** A Markdown table, for docs/performance.md (numbers right-aligned as in the terminal). */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, column) => (numeric[column] ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** The build table and the targets as docs/performance.md shows them, from the figures of a run (`npm run bench -- --json`). */
export function readmeTables(sizes: readonly SizeResult[]): string {
  const build = markdownTable(
    ['articles', 'pages', 'clean s', 'plain Astro s', 'clean', 'add article s', 'edit project s', 'unchanged s', 'peak MB', 'plain Astro MB', 'dist MB'],
    [...sizes]
      .sort((a, b) => a.n - b.n)
      .map((size) => [
        size.n.toLocaleString('en'),
        size.pages.toLocaleString('en'),
        size.seconds.toFixed(1),
        size.baselineSeconds.toFixed(1),
        `${size.cleanRatio.toFixed(2)}×`,
        `${size.addArticleSeconds.toFixed(1)} (${size.addArticleRatio.toFixed(2)}×)`,
        `${size.editProjectSeconds.toFixed(1)} (${size.editProjectRatio.toFixed(2)}×)`,
        `${size.rebuildSeconds.toFixed(1)} (${size.unchangedRatio.toFixed(2)}×)`,
        `${Math.round(size.peakRssMB).toLocaleString('en')} (${size.peakRssRatio.toFixed(2)}×)`,
        Math.round(size.baselinePeakRssMB).toLocaleString('en'),
        size.distMB.toFixed(1),
      ]),
    [true, true, true, true, true, true, true, true, true, true, true],
  );
  const targets = markdownTable(
    ['target', 'measured', 'goal', ''],
    buildTargets(sizes)
      .filter((target) => target.pass !== undefined)
      .map((target) => [target.label, target.value, target.target, verdict(target.pass)]),
    [false, true, false, false],
  );
  return `${build}\n\n${targets}\n`;
}
