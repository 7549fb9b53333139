// The corpus summary `npm run eval` prints, and the floors CI holds it to (issue #14's, for cleaning and
// metadata). A floor is a minimum, not a target.
import type { ArticleScore } from './articleScore.ts';

export interface ScoredArticle {
  name: string;
  score: ArticleScore;
  /** Wall time of the import command on this article, in milliseconds. */
  millis: number;
}

export interface ArticleSummary {
  articles: number;
  pinyinLeft: number;
  meanRecall: number;
  meanPrecision: number;
  minRecall: number;
  minPrecision: number;
  clutterLeft: number;
  clutterLines: number;
  mustKeepKept: number;
  mustKeep: number;
  titles: { expected: number; right: number; wrong: number; todo: number; missed: number; none: number };
  dates: { expected: number; right: number; wrong: number; missed: number; none: number };
  publications: { expected: number; right: number; wrong: number; missed: number; none: number };
  bylines: { expected: number; right: number; wrong: number; missed: number; inBody: number; none: number };
  traditionalLeft: number;
  commaBetweenHan: number;
  halfWidthBesideHan: number;
  damage: { found: number; expected: number; false: number };
  perfect: number;
  medianMillis: number;
}

export function isPerfect(score: ArticleScore): boolean {
  return (
    score.pinyinLeft === 0 &&
    score.recall >= 99.999 &&
    score.precision >= 99.999 &&
    score.clutterLeft.length === 0 &&
    score.mustKeepMissing.length === 0 &&
    (score.title === 'right' || score.title === 'todo') &&
    (score.date === 'right' || score.date === 'none') &&
    (score.publication === 'right' || score.publication === 'none') &&
    (score.byline === 'right' || score.byline === 'none') &&
    score.traditionalLeft === 0 &&
    score.halfWidthBesideHan === 0
  );
}

function tally<K extends string>(values: readonly K[], keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, values.filter((value) => value === key).length])) as Record<K, number>;
}

export function summarize(scored: readonly ScoredArticle[]): ArticleSummary {
  const scores = scored.map((entry) => entry.score);
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const n = scores.length || 1;
  const stating = (pick: (states: ArticleScore['states']) => boolean) => scores.filter((score) => pick(score.states)).length;
  const titles = tally(scores.map((s) => s.title), ['right', 'wrong', 'todo', 'missed'] as const);
  const dates = tally(scores.map((s) => s.date), ['right', 'wrong', 'missed', 'none'] as const);
  const publications = tally(scores.map((s) => s.publication), ['right', 'wrong', 'missed', 'none'] as const);
  const bylines = tally(scores.map((s) => s.byline), ['right', 'wrong', 'missed', 'in-body', 'none'] as const);
  const millis = scored.map((entry) => entry.millis).sort((a, b) => a - b);
  return {
    articles: scores.length,
    pinyinLeft: sum((s) => s.pinyinLeft),
    meanRecall: sum((s) => s.recall) / n,
    meanPrecision: sum((s) => s.precision) / n,
    minRecall: Math.min(...scores.map((s) => s.recall)),
    minPrecision: Math.min(...scores.map((s) => s.precision)),
    clutterLeft: sum((s) => s.clutterLeft.length),
    clutterLines: sum((s) => s.clutterLines),
    mustKeepKept: sum((s) => s.mustKeep - s.mustKeepMissing.length),
    mustKeep: sum((s) => s.mustKeep),
    titles: { expected: stating((s) => s.title), ...titles, none: titles.todo },
    dates: { expected: stating((s) => s.date), ...dates },
    publications: { expected: stating((s) => s.publication), ...publications },
    bylines: { expected: stating((s) => s.byline), right: bylines.right, wrong: bylines.wrong, missed: bylines.missed, inBody: bylines['in-body'], none: bylines.none },
    traditionalLeft: sum((s) => s.traditionalLeft),
    commaBetweenHan: sum((s) => s.commaBetweenHan),
    halfWidthBesideHan: sum((s) => s.halfWidthBesideHan),
    damage: { found: sum((s) => s.damageFound), expected: sum((s) => s.damageExpected), false: sum((s) => s.damageFalse) },
    perfect: scores.filter(isPerfect).length,
    medianMillis: millis.length ? millis[Math.floor(millis.length / 2)]! : 0,
  };
}

export interface Floor {
  name: string;
  /** What was measured, as printed. */
  value: string;
  /** The floor, as printed. */
  floor: string;
  met: boolean;
  /** ASCII id of a floor `npm run eval -- --known-below` may name, so CI reports it without failing. */
  id?: string;
}

/** Issue #14's floors for cleaning and metadata on the corpus. */
export function articleFloors(summary: ArticleSummary): Floor[] {
  const percent = (value: number) => `${value.toFixed(2)}%`;
  const titleShare = summary.titles.expected ? (100 * summary.titles.right) / summary.titles.expected : 100;
  return [
    { name: '拼音注音残留', value: `${summary.pinyinLeft}`, floor: '0', met: summary.pinyinLeft === 0 },
    { name: '网页杂项残留', value: `${summary.clutterLeft}/${summary.clutterLines}`, floor: '0', met: summary.clutterLeft === 0 },
    { name: '汉字召回率（平均）', value: percent(summary.meanRecall), floor: '≥ 99.90%', met: summary.meanRecall >= 99.9 },
    { name: '汉字准确率（平均）', value: percent(summary.meanPrecision), floor: '≥ 99.50%', met: summary.meanPrecision >= 99.5 },
    { name: '必须保留的字串', value: `${summary.mustKeepKept}/${summary.mustKeep}`, floor: '全部', met: summary.mustKeepKept === summary.mustKeep },
    { name: '标题正确', value: `${summary.titles.right}/${summary.titles.expected}（${percent(titleShare)}）`, floor: '≥ 95%', met: titleShare >= 95 },
    { name: '标题错用他行', value: `${summary.titles.wrong}`, floor: '0', met: summary.titles.wrong === 0 },
    { name: '日期', value: `对 ${summary.dates.right}，漏 ${summary.dates.missed}，错 ${summary.dates.wrong}`, floor: '不漏不错', met: summary.dates.missed === 0 && summary.dates.wrong === 0 },
    { name: '刊载媒体', value: `对 ${summary.publications.right}，漏 ${summary.publications.missed}，错 ${summary.publications.wrong}`, floor: '不漏不错', met: summary.publications.missed === 0 && summary.publications.wrong === 0 },
    { name: '署名（在 frontmatter）', value: `对 ${summary.bylines.right}，漏 ${summary.bylines.missed}，留在正文 ${summary.bylines.inBody}，错 ${summary.bylines.wrong}`, floor: '不漏不错', met: summary.bylines.right === summary.bylines.expected && summary.bylines.wrong === 0 },
    { name: '繁体字残留', value: `${summary.traditionalLeft}`, floor: '0', met: summary.traditionalLeft === 0 },
    { name: '中文旁的半角标点', value: `${summary.halfWidthBesideHan}`, floor: '0', met: summary.halfWidthBesideHan === 0 },
  ];
}
