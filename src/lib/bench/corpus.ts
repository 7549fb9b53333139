// A synthetic newsroom for the benchmark (npm run bench): N articles of about 1,500 Chinese characters and N/5
// projects with full figures, milestones, status history, zone indicators and events, all cited to sentences that
// really appear in the articles, so the corpus passes `npm run check` like a real one and the build does real work.
// Deterministic for a seed: the same seed and size give the same files byte for byte.
//
// Each project has five articles in date order: signing (figures and plans), land, start of construction (some
// late, some with a revised investment or a new plan), progress, and production (or not, and then late).
// One article in five, counted in date order, embeds a chart of its project.

import type { DatasetInput } from '../schema.ts';

export interface CorpusOptions {
  /** How many articles; a positive multiple of 5 (five per project). */
  articles: number;
  seed?: number;
  /**
   * `md` (the default): every article Markdown, as `npm run import` and `npm run new` write them, charts as
   * `::chart{…}` lines. `mdx`: every article MDX, charts as components, for comparison with the format articles had
   * until issue 19 (heavier for Astro: each .mdx article is a module of code).
   */
  format?: 'md' | 'mdx';
}

export interface CorpusArticle {
  slug: string;
  /** The file name under content/articles/. */
  fileName: string;
  text: string;
  date: string;
  /** The chart it embeds, if any. */
  chart: 'ProjectEconomics' | 'Milestones' | undefined;
}

export interface Corpus {
  dataset: DatasetInput;
  /** In date order. */
  articles: CorpusArticle[];
}

export const ARTICLES_PER_PROJECT = 5;
/** The build date the corpus is written for (JINDU_TODAY): some plans are overdue by then, some are not yet due. */
export const CORPUS_TODAY = '2026-11-25';
export const DEFAULT_SEED = 20261125;

// ------------------------------------------------------------------------------------------ randomness

/** mulberry32: small, fast and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Random {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

function shuffled<T>(items: readonly T[], rng: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

function random(seed: number): Random {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}

// ------------------------------------------------------------------------------------------ vocabulary

// Two-character brands, each used once, so no project name is part of another. Pinyin makes the ids.
const BRAND_CHARS: [string, string][] = [
  ['华', 'hua'], ['泰', 'tai'], ['金', 'jin'], ['宏', 'hong'], ['远', 'yuan'], ['恒', 'heng'], ['盛', 'sheng'], ['鑫', 'xin'],
  ['瑞', 'rui'], ['通', 'tong'], ['达', 'da'], ['丰', 'feng'], ['隆', 'long'], ['凯', 'kai'], ['博', 'bo'], ['嘉', 'jia'],
  ['信', 'xin'], ['润', 'run'], ['德', 'de'], ['源', 'yuan'], ['海', 'hai'], ['天', 'tian'], ['星', 'xing'], ['辰', 'chen'],
  ['宇', 'yu'], ['航', 'hang'], ['晟', 'sheng'], ['昊', 'hao'], ['铭', 'ming'], ['锦', 'jin'], ['泽', 'ze'], ['祥', 'xiang'],
  ['裕', 'yu'], ['兴', 'xing'], ['正', 'zheng'], ['和', 'he'], ['明', 'ming'], ['光', 'guang'], ['峰', 'feng'], ['晶', 'jing'],
];

const SECTORS = [
  { sector: '新材料', slug: 'materials', kinds: ['新材料产业园', '复合材料生产基地'], builds: '生产车间、原料库房和研发中心' },
  { sector: '生物', slug: 'bio', kinds: ['生物产业园', '生物制品生产线'], builds: '发酵车间、提取车间和质检中心' },
  { sector: '汽车零部件', slug: 'auto-parts', kinds: ['汽车零部件产业园', '汽车零部件生产基地'], builds: '冲压车间、焊装车间和成品库' },
  { sector: '新能源', slug: 'energy', kinds: ['风电装备制造基地', '储能电池生产线'], builds: '总装车间、测试中心和配套仓储' },
  { sector: '数字经济', slug: 'digital', kinds: ['数字经济产业园', '数据中心'], builds: '机房楼、运维中心和办公楼' },
  { sector: '化工', slug: 'chemical', kinds: ['精细化工项目区', '化工新材料装置'], builds: '生产装置、罐区和公用工程' },
  { sector: '装备制造', slug: 'equipment', kinds: ['智能装备产业园', '装备制造基地'], builds: '机加工车间、装配车间和办公楼' },
  { sector: '食品', slug: 'food', kinds: ['绿色食品产业园', '食品加工基地'], builds: '加工车间、冷链仓储和检测中心' },
] as const;

const PARKS = ['宏伟园区', '兴化园区', '东城园区', '西城园区', '新兴产业园区'] as const;
const PUBLICATIONS = ['大庆日报', '大庆晚报', '大庆新闻网'] as const;

// Filler in the register of Chinese local news, with no numbers: only the sentences written below state facts.
const OPENERS = ['连日来', '今年以来', '与此同时', '据了解', '记者在现场看到', '在施工现场', '按照工作安排', '下一步', '近段时间', '为此'];
const ACTORS = ['高新区', '园区管委会', '项目建设单位', '相关部门', '施工单位', '企业负责人', '服务专班', '招商团队', '包保干部', '职能部门'];
const ACTIONS = [
  '坚持问题导向', '强化要素保障', '优化营商环境', '压实工作责任', '加快手续办理', '推动服务前移', '深化项目包保', '统筹推进各项工作',
  '紧盯关键节点', '抢抓施工黄金期', '倒排工期挂图作战', '完善配套设施', '推进产业链协同', '加强安全生产管理', '做好人员物资调配',
  '落实领导包联制度', '畅通政企沟通渠道', '主动上门对接需求', '协调解决用工难题', '全力保障水电气暖',
];
const GOALS = [
  '确保项目早建成、早投产、早见效', '为区域经济发展注入新动能', '全力打造一流营商环境', '推动产业集群发展壮大',
  '助力地方经济高质量发展', '形成上下联动的工作合力', '以项目建设的加速度跑出发展新气象', '切实把各项部署落到实处',
  '让企业安心投资、放心发展', '不断提升服务企业的能力和水平', '推动产业链上下游协同发展', '为转型振兴提供有力支撑',
];
const HEADINGS = ['建设现场', '服务保障', '产业带动', '下一步安排', '企业声音', '要素保障'];
const LIST_ITEMS = ['前期手续实行并联审批', '水电气暖配套同步推进', '施工人员和物资提前调配', '安全生产责任落实到人', '质量监督全程跟进', '环评安评同步编制'];

const HAN = /\p{Script=Han}/gu;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

// ------------------------------------------------------------------------------------------ dates

/** Months counted from year 0, so plans can be added to. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function yearOf(index: number): number {
  return Math.floor(index / 12);
}

function monthOf(index: number): number {
  return (index % 12) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoMonth = (index: number) => `${yearOf(index)}-${pad(monthOf(index))}`;
const isoDay = (index: number, day: number) => `${isoMonth(index)}-${pad(day)}`;
const chineseMonth = (index: number) => `${yearOf(index)}年${monthOf(index)}月`;

// ------------------------------------------------------------------------------------------ the plan

type Pace = 'on-time' | 'replanned' | 'late';

interface ProjectPlan {
  index: number;
  id: string;
  name: string;
  shortName: string;
  brand: string;
  sector: (typeof SECTORS)[number];
  kind: string;
  park: string;
  company: string;
  pace: Pace;
  /** Figures in 0.1亿 (investment), hectares, and 0.01亿 (returns). */
  investmentTenths: number;
  revisedInvestmentTenths: number | undefined;
  landHectares: number;
  revenueHundredths: number;
  profitHundredths: number;
  taxHundredths: number;
  /** Month indexes. */
  planStart: number;
  planMainWorks: number;
  planProduction: number;
  replannedProduction: number | undefined;
  actualStart: number;
  /** Article dates as [month index, day], one per step. */
  dates: [number, number][];
  aliases: string[];
  provincialKey: boolean | undefined;
  signingEvent: boolean;
}

function planProjects(count: number, rng: Random): ProjectPlan[] {
  const brands: [string, string][] = [];
  for (const [a, pa] of BRAND_CHARS) for (const [b, pb] of BRAND_CHARS) if (a !== b) brands.push([a + b, pa + pb]);
  if (count > brands.length) throw new Error(`at most ${brands.length} projects (${brands.length * ARTICLES_PER_PROJECT} articles)`);
  // Shuffled, so neighbouring projects do not share a first character.
  const order = shuffled(brands, rng);
  const usedIds = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const [brand, brandPinyin] = order[index]!;
    const sector = rng.pick(SECTORS);
    const kind = rng.pick(sector.kinds);
    let id = `${brandPinyin}-${sector.slug}`;
    for (let n = 2; usedIds.has(id); n++) id = `${brandPinyin}-${sector.slug}-${n}`;
    usedIds.add(id);
    const paceRoll = rng.next();
    const pace: Pace = paceRoll < 0.4 ? 'on-time' : paceRoll < 0.7 ? 'replanned' : 'late';
    const signed = monthIndex(2023, 1) + rng.int(0, 23);
    const planStart = signed + 2;
    const planMainWorks = planStart + 6;
    const planProduction = planStart + 14;
    const actualStart = planStart + (pace === 'on-time' ? 0 : rng.int(1, 4));
    const land = signed + rng.int(1, 2);
    const progress = actualStart + rng.int(3, 5);
    const last = pace === 'on-time' ? Math.max(progress + 3, planProduction) : progress + rng.int(3, 6);
    const investmentTenths = rng.int(20, 800);
    return {
      index,
      id,
      name: `${brand}${kind}项目`,
      shortName: `${brand}${kind}`,
      brand,
      sector,
      kind,
      park: rng.pick(PARKS),
      company: `大庆${brand}${sector.sector}有限公司`,
      pace,
      investmentTenths,
      revisedInvestmentTenths: rng.next() < 0.3 ? investmentTenths + rng.int(5, 60) : undefined,
      landHectares: rng.int(5, 120),
      revenueHundredths: rng.int(100, 3000),
      profitHundredths: rng.int(20, 500),
      taxHundredths: rng.int(5, 200),
      planStart,
      planMainWorks,
      planProduction,
      replannedProduction: pace === 'replanned' ? planProduction + rng.int(6, 12) : undefined,
      actualStart,
      dates: [
        [signed, rng.int(1, 28)],
        [land, rng.int(1, 28)],
        [actualStart, 28],
        [progress, rng.int(1, 28)],
        [last, 28],
      ],
      aliases: index % 3 === 0 ? [`${brand}${sector.sector}项目`] : [],
      provincialKey: index % 4 === 0 ? true : undefined,
      signingEvent: index % 4 === 1,
    };
  });
}

// ------------------------------------------------------------------------------------------ writing

function fillerSentence(rng: Random): string {
  const first = rng.pick(ACTIONS);
  let second = rng.pick(ACTIONS);
  if (second === first) second = ACTIONS[(ACTIONS.indexOf(first) + 1) % ACTIONS.length]!;
  return `${rng.pick(OPENERS)}，${rng.pick(ACTORS)}${first}、${second}，${rng.pick(GOALS)}。`;
}

function fillerParagraph(rng: Random, sentences = rng.int(3, 4)): string {
  return Array.from({ length: sentences }, () => fillerSentence(rng)).join('');
}

/** A sentence with the clause a dataset report quotes; the quote is returned for the report. */
interface Quoted {
  sentence: string;
  quote: string;
}

const yi = (amount: number, per: number) => `${amount / per}亿元`;

interface ArticleDraft {
  project: ProjectPlan;
  step: number;
  slug: string;
  date: string;
  month: number;
  chart: CorpusArticle['chart'];
}

interface Report {
  asOf: string;
  source: { article: string; quote: string };
}

const STEP_SLUGS = ['signing', 'land', 'construction', 'progress', 'production'];

/** Builds the corpus: a dataset and articles that cite each other. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const { articles: total, seed = DEFAULT_SEED, format = 'md' } = options;
  if (!Number.isInteger(total) || total <= 0 || total % ARTICLES_PER_PROJECT !== 0)
    throw new Error(`expected a positive multiple of ${ARTICLES_PER_PROJECT} articles, got ${total}`);
  const rng = random(seed);
  const projects = planProjects(total / ARTICLES_PER_PROJECT, rng);

  // Every article, in date order; one in five (the 1st, 6th, 11th …) embeds a chart of its project.
  const drafts: ArticleDraft[] = projects.flatMap((project) =>
    project.dates.map(([month, day], step) => ({ project, step, slug: `${project.id}-${STEP_SLUGS[step]}`, date: isoDay(month, day), month, chart: undefined })),
  );
  drafts.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? -1 : 1));
  drafts.forEach((draft, i) => {
    if (i % 5 === 0) draft.chart = (i / 5) % 2 === 0 ? 'ProjectEconomics' : 'Milestones';
  });
  // The first article of each year also reports the zone's key-project counts for that year.
  const zoneArticles = new Map<string, number>();
  for (const draft of drafts) if (!zoneArticles.has(draft.date.slice(0, 4))) zoneArticles.set(draft.date.slice(0, 4), drafts.indexOf(draft));

  const reports = new Map<string, ProjectReports>(projects.map((project) => [project.id, emptyReports()]));
  const indicators: Required<NonNullable<DatasetInput['indicators']>> = { plannedKeyProjects: [], provincialKeyProjects: [], startedKeyProjects: [], startRate: [] };
  const events: NonNullable<DatasetInput['events']> = [];

  const articles = drafts.map((draft, i): CorpusArticle => {
    const year = draft.date.slice(0, 4);
    const zone = zoneArticles.get(year) === i ? zoneParagraph(year, draft, rng, indicators) : undefined;
    const written = writeArticle(draft, rng, reports.get(draft.project.id)!, events, zone, format);
    return { slug: draft.slug, fileName: `${draft.slug}.${format}`, text: written, date: draft.date, chart: draft.chart };
  });

  const dataset: DatasetInput = {
    title: '大庆高新区重点项目数据集（基准测试）',
    description: '为基准测试生成的合成数据：项目、数字、节点与进展均为虚构，每条记录都引用本站文章中的原句。',
    zone: { name: '大庆高新技术产业开发区', shortName: '大庆高新区' },
    updated: CORPUS_TODAY,
    licence: 'CC BY 4.0',
    projects: projects.map((project) => projectRecord(project, reports.get(project.id)!)),
    indicators,
    events,
  };
  return { dataset, articles };
}

interface ProjectReports {
  status: { stage: string; report: Report }[];
  figures: Record<'investment' | 'landArea' | 'annualRevenue' | 'annualProfit' | 'annualTax', { value: number; report: Report }[]>;
  milestones: Record<'land-acquisition' | 'construction-start' | 'main-works' | 'production', { type: 'plan' | 'started' | 'done'; date?: { date: string; precision: 'month' | 'end-of-month' }; report: Report }[]>;
}

function emptyReports(): ProjectReports {
  return {
    status: [],
    figures: { investment: [], landArea: [], annualRevenue: [], annualProfit: [], annualTax: [] },
    milestones: { 'land-acquisition': [], 'construction-start': [], 'main-works': [], production: [] },
  };
}

const MILESTONE_LABELS: Record<keyof ProjectReports['milestones'], string> = {
  'land-acquisition': '土地摘牌',
  'construction-start': '启动建设',
  'main-works': '主体工程完工',
  production: '建成投产',
};

function projectRecord(project: ProjectPlan, reports: ProjectReports): DatasetInput['projects'][number] {
  const figures = Object.fromEntries(
    Object.entries(reports.figures).map(([kind, list]) => [kind, list.map(({ value, report }) => ({ value, qualifier: 'exact' as const, scope: 'project', ...report }))]),
  );
  return {
    id: project.id,
    name: project.name,
    ...(project.aliases.length ? { aliases: project.aliases } : {}),
    company: project.company,
    park: project.park,
    sector: project.sector.sector,
    ...(project.provincialKey === undefined ? {} : { provincialKey: project.provincialKey }),
    summary: `落户大庆高新区${project.park}的${project.sector.sector}项目，由${project.company}建设。`,
    status: reports.status.map(({ stage, report }) => ({ stage: stage as 'signed', ...report })),
    figures,
    milestones: (Object.keys(reports.milestones) as (keyof ProjectReports['milestones'])[])
      .filter((id) => reports.milestones[id].length > 0)
      .map((id) => ({
        id,
        label: MILESTONE_LABELS[id],
        reports: reports.milestones[id].map(({ type, date, report }) => ({ type, ...(date ? { date } : {}), ...report })),
      })),
  };
}

function zoneParagraph(year: string, draft: ArticleDraft, rng: Random, indicators: Required<NonNullable<DatasetInput['indicators']>>): string {
  const planned = rng.int(35, 60);
  const provincial = rng.int(8, Math.min(20, planned - 5));
  const started = rng.int(Math.floor(planned / 2), planned - 2);
  const rate = Math.round((started / planned) * 1000) / 10;
  const base = { period: year, asOf: draft.date };
  const cite = (quote: string) => ({ ...base, source: { article: draft.slug, quote } });
  const plannedQuote = `该区全年计划建设投资500万元以上重点项目${planned}个`;
  const provincialQuote = `其中${provincial}个项目被列入黑龙江省级重点项目`;
  const startedQuote = `全区${started}个重点项目开复工`;
  const rateQuote = `开复工率${rate}%`;
  indicators.plannedKeyProjects.push({ value: planned, minInvestment: 5000000, ...cite(plannedQuote) });
  indicators.provincialKeyProjects.push({ value: provincial, ...cite(provincialQuote) });
  indicators.startedKeyProjects.push({ value: started, ...cite(startedQuote) });
  indicators.startRate.push({ value: rate, ...cite(rateQuote) });
  return `一组来自大庆高新区的数据显示，${plannedQuote}，${provincialQuote}。目前，${startedQuote}，${rateQuote}。`;
}

function writeArticle(draft: ArticleDraft, rng: Random, reports: ProjectReports, events: NonNullable<DatasetInput['events']>, zone: string | undefined, format: 'md' | 'mdx'): string {
  const { project: p, step, slug, date } = draft;
  const cite = (quote: string): Report => ({ asOf: date, source: { article: slug, quote } });
  const sections: string[] = [];
  let title: string;
  let summary: string;
  const facts: string[] = [];
  let table: string | undefined;

  if (step === 0) {
    title = `${p.shortName}落户${p.park}`;
    const figures = `该项目计划投资${yi(p.investmentTenths, 10)}，占地面积${p.landHectares}公顷，全部投产后，预计实现年销售收入${yi(p.revenueHundredths, 100)}、利润${yi(p.profitHundredths, 100)}、税收${yi(p.taxHundredths, 100)}`;
    summary = `${p.name}计划投资${yi(p.investmentTenths, 10)}，占地面积${p.landHectares}公顷，计划${chineseMonth(p.planStart)}启动建设。`;
    facts.push(`前不久，${p.name}落户大庆高新区${p.park}，${figures}。项目由${p.company}投资建设，主要建设${p.sector.builds}。`);
    reports.figures.investment.push({ value: p.investmentTenths * 1e7, report: cite(figures) });
    reports.figures.landArea.push({ value: p.landHectares, report: cite(figures) });
    reports.figures.annualRevenue.push({ value: p.revenueHundredths * 1e6, report: cite(figures) });
    reports.figures.annualProfit.push({ value: p.profitHundredths * 1e6, report: cite(figures) });
    reports.figures.annualTax.push({ value: p.taxHundredths * 1e6, report: cite(figures) });
    const signed = '目前，项目已正式签约';
    facts.push(`${signed}，正在办理前期手续。`);
    reports.status.push({ stage: 'signed', report: cite(signed) });
    const plans: [keyof ProjectReports['milestones'], string, number, 'month' | 'end-of-month'][] = [
      ['construction-start', `计划${chineseMonth(p.planStart)}启动建设`, p.planStart, 'month'],
      ['main-works', `${chineseMonth(p.planMainWorks).replace(/月$/u, '月底')}主体工程完工`, p.planMainWorks, 'end-of-month'],
      ['production', `${chineseMonth(p.planProduction)}建成投产`, p.planProduction, 'month'],
    ];
    facts.push(`根据建设计划，项目${plans.map(([, quote]) => quote).join('，')}。`);
    for (const [id, quote, month, precision] of plans) reports.milestones[id].push({ type: 'plan', date: { date: isoMonth(month), precision }, report: cite(quote) });
    table = [
      '| 建设节点 | 计划时间 |',
      '| --- | --- |',
      `| 启动建设 | ${chineseMonth(p.planStart)} |`,
      `| 主体工程完工 | ${chineseMonth(p.planMainWorks)}底 |`,
      `| 建成投产 | ${chineseMonth(p.planProduction)} |`,
    ].join('\n');
    if (p.signingEvent) {
      const quote = `高新区管委会与${p.company}签订投资合作协议`;
      facts.push(`签约仪式上，${quote}。`);
      events.push({
        id: `signing-${p.id}`,
        kind: 'signing',
        title: `${p.name}签约`,
        date: { date: date, precision: 'day' },
        place: '大庆高新区',
        parties: ['大庆高新区管委会', p.company],
        summary: `高新区管委会与${p.company}签订投资合作协议。`,
        ...cite(quote),
      });
    }
  } else if (step === 1) {
    title = `${p.shortName}完成土地摘牌`;
    const quote = `目前，${p.name}土地已摘牌`;
    summary = `${p.name}土地已摘牌，前期设计和环评编制工作正在推进。`;
    facts.push(`${quote}，正在进行前期设计和环评、安评的编制工作。`);
    reports.status.push({ stage: 'land-acquired', report: cite(quote) });
    reports.milestones['land-acquisition'].push({ type: 'done', report: cite(quote) });
  } else if (step === 2) {
    title = `${p.shortName}开工建设`;
    const quote = `${chineseMonth(p.actualStart)}，${p.name}正式开工建设`;
    summary = `${p.name}于${chineseMonth(p.actualStart)}正式开工建设${p.actualStart > p.planStart ? `，比原计划的${chineseMonth(p.planStart)}有所推迟` : ''}。`;
    facts.push(`${quote}，施工现场塔吊林立、机械轰鸣。`);
    reports.status.push({ stage: 'under-construction', report: cite(quote) });
    reports.milestones['construction-start'].push({ type: 'done', date: { date: isoMonth(p.actualStart), precision: 'month' }, report: cite(quote) });
    if (p.revisedInvestmentTenths !== undefined) {
      const revised = `该项目计划投资为${yi(p.revisedInvestmentTenths, 10)}`;
      facts.push(`${p.name}投资计划有所调整，${revised}。`);
      reports.figures.investment.push({ value: p.revisedInvestmentTenths * 1e7, report: cite(revised) });
    }
    if (p.replannedProduction !== undefined) {
      const quote = `项目建成投产时间调整至${chineseMonth(p.replannedProduction)}`;
      facts.push(`受设备采购周期影响，${quote}。`);
      reports.milestones.production.push({ type: 'plan', date: { date: isoMonth(p.replannedProduction), precision: 'month' }, report: cite(quote) });
    }
  } else if (step === 3) {
    const done = p.pace === 'on-time';
    title = done ? `${p.shortName}主体工程完工` : `${p.shortName}加紧施工`;
    const quote = done ? `目前，${p.name}主体工程已完工` : `目前，${p.name}主体工程正在加紧施工`;
    summary = done ? `${p.name}主体工程已完工，进入设备安装阶段。` : `${p.name}主体工程正在加紧施工。`;
    facts.push(`${quote}，各参建单位正全力推进。`);
    reports.milestones['main-works'].push({ type: done ? 'done' : 'started', report: cite(quote) });
    if (done) reports.status.push({ stage: 'mechanical-completion', report: cite(quote) });
  } else {
    const producing = p.pace === 'on-time';
    title = producing ? `${p.shortName}建成投产` : `${p.shortName}进入设备安装阶段`;
    const quote = producing ? `${p.name}已正式投产` : `目前，${p.name}正在进行设备安装调试`;
    summary = producing ? `${p.name}已正式投产。` : `${p.name}正在进行设备安装调试，尚未投产。`;
    facts.push(`${quote}，企业负责人表示将尽快释放产能。`);
    if (producing) {
      reports.status.push({ stage: 'producing', report: cite(quote) });
      reports.milestones.production.push({ type: 'done', date: { date: isoMonth(draft.month), precision: 'month' }, report: cite(quote) });
    }
  }

  sections.push(fillerParagraph(rng));
  if (zone) sections.push(zone);
  sections.push('## 项目概况', ...facts);
  if (draft.chart) sections.push(format === 'mdx' ? `<${draft.chart} project="${p.id}" />` : `::chart{kind=${draft.chart === 'ProjectEconomics' ? 'economics' : 'milestones'} project=${p.id}}`);
  if (table) sections.push('## 建设安排', table);
  sections.push(`## ${rng.pick(HEADINGS)}`, fillerParagraph(rng));
  const items = shuffled(LIST_ITEMS, rng).slice(0, 4);
  sections.push(items.map((item) => `- ${item}`).join('\n'));
  // Filler up to about 1,500 Chinese characters, with a heading every few paragraphs.
  const target = 1500 - 20 + rng.int(0, 40);
  let length = hanCount(title + summary + sections.join(''));
  let paragraphs = 0;
  while (length < target) {
    const paragraph = paragraphs > 0 && paragraphs % 4 === 0 ? `## ${rng.pick(HEADINGS)}\n\n${fillerParagraph(rng)}` : fillerParagraph(rng);
    sections.push(paragraph);
    length += hanCount(paragraph);
    paragraphs++;
  }

  const frontmatter = [
    '---',
    `title: ${title}`,
    `date: ${date}`,
    `summary: ${summary}`,
    'projects:',
    `  - ${p.id}`,
    'tags:',
    `  - ${p.sector.sector}`,
    `  - ${step === 0 ? '招商引资' : '项目建设'}`,
    'source:',
    `  publication: ${PUBLICATIONS[(p.index + step) % PUBLICATIONS.length]}`,
    `  date: ${date}`,
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${sections.join('\n\n')}\n`;
}
