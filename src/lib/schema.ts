// The content model, once: article frontmatter and the projects dataset. Astro's collections, the build's
// pre-check, the editor tools and the /data/ documentation all read these schemas; types are inferred here.
// Field titles and descriptions (in `.meta`) are reader-facing Chinese: the /data/ page is generated from them.

import { z } from 'astro/zod';
import { isIsoDate, isoDateFromDate } from './isoDate.ts';
import { datePrecisions, fuzzyDateProblem } from './fuzzyDate.ts';
import { urlProblem } from './safety/url.ts';

export const slugSchema = z
  .string({ error: '应为标识（文字）' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '应为能用作网址的标识：只含小写拉丁字母、数字和单个连字符，如 huali-bio',
  });

export const isoDateSchema = z
  .string({ error: '应为写成 YYYY-MM-DD 的日期' })
  .refine(isIsoDate, { error: '应为真实存在的日期，写成 YYYY-MM-DD，如 2023-05-10' });

/** YAML loaders turn an unquoted `2023-05-10` into a Date; accept both and keep the ISO string. */
const yamlDateSchema = z.preprocess((value) => (value instanceof Date ? isoDateFromDate(value) : value), isoDateSchema);

/** The largest figure the site shows: 1000万亿 (a thousand trillion yuan, several times China's yearly output). */
export const MAX_FIGURE = 1e15;

const TOO_LARGE = '数值超出本站能显示的范围：应不超过 1000万亿（1e15）';

const nonNegativeNumber = z
  // JSON's 1e400 arrives as Infinity, which z.number() refuses as not a number.
  .number({ error: (issue) => (typeof issue.input === 'number' ? TOO_LARGE : '应为以基本单位（元、公顷、个）计的数字，不能是文字') })
  .nonnegative({ error: '应为不小于 0 的数字' })
  // Beyond this, numbers are typing mistakes (1e300) and would be shown as forty-digit strings.
  .max(MAX_FIGURE, { error: TOO_LARGE });

/** An address published as a link: http, https or mailto only (src/lib/safety/url.ts says why). */
const urlSchema = (error: string) =>
  z.string({ error }).superRefine((value, context) => {
    const problem = urlProblem(value, 'absolute');
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  });

// ---------------------------------------------------------------------------------------------- sources

export const sourceSchema = z
  .object({
    article: slugSchema
      .optional()
      .meta({ title: '本站文章', description: '陈述该数字或日期的本站文章（文件名，不含扩展名）。' }),
    url: urlSchema('应为完整的网址，如 https://example.com/a.html').optional().meta({
      title: '外部链接',
      description: '不在本站的来源的网址。',
    }),
    publication: z.string().min(1).optional().meta({ title: '刊载媒体' }),
    date: isoDateSchema.optional().meta({ title: '刊载日期' }),
    quote: z
      .string({ error: '应为陈述它的原句' })
      .min(1, { error: '应为陈述它的原句' })
      .meta({ title: '原文引述', description: '来源中陈述该信息的原句（简体），读者可据此核对。' }),
  })
  .strict()
  .refine((source) => source.article !== undefined || source.url !== undefined, {
    error: '应有 article（本站文章的标识）或 url，说明在哪里报道',
  })
  .meta({ title: '来源' });

const reportBase = {
  asOf: isoDateSchema.meta({ title: '截至日期', description: '来源报道该信息的日期。' }),
  source: sourceSchema,
  note: z.string().min(1).optional().meta({ title: '编辑说明' }),
};

// ---------------------------------------------------------------------------------------------- figures

export const qualifiers = ['exact', 'about', 'over', 'at-least', 'under', 'at-most'] as const;
export const qualifierSchema = z.enum(qualifiers).meta({
  title: '限定词',
  description: 'exact 确数；about 约；over 超过；at-least 以上/至少；under 不到；at-most 不超过。',
});

/** A figure's scope: the whole project, or one phase of it (一期, 二期 …). */
export const scopeSchema = z
  .string()
  .regex(/^(project|phase-[1-9][0-9]?)$/, { error: '应为 project 或 phase-1 这样的分期' })
  .meta({ title: '口径', description: 'project 全项目；phase-1 一期；phase-2 二期，依此类推。' });

export const figureReportSchema = z
  .object({
    value: nonNegativeNumber.meta({ title: '数值', description: '以基本单位记录：元、公顷、个。' }),
    valueMax: nonNegativeNumber
      .optional()
      .meta({ title: '区间上限', description: '来源给出区间时（如“500至1000亿元”）的上限。' }),
    qualifier: qualifierSchema.default('exact'),
    scope: scopeSchema.default('project'),
    condition: z
      .string()
      .min(1, { error: '应照来源原文写出前提，如“全部投产后”' })
      .optional()
      .meta({ title: '前提', description: '来源为该数字说明的前提，照原文记录，如“全部投产后”“达产后”；网站在显示该数字处照录。' }),
    ...reportBase,
  })
  .strict()
  .refine((report) => report.valueMax === undefined || report.valueMax > report.value, {
    error: 'valueMax 应大于 value',
    path: ['valueMax'],
  });

/** Every report of a figure, in the order they were made; nothing is overwritten. */
const figureHistory = (title: string, unit: string) =>
  z
    .array(figureReportSchema)
    .min(1, { error: '应至少有一条报道；没有报道时请删去这个数字' })
    .optional()
    .meta({ title, unit });

export const figuresSchema = z
  .object({
    investment: figureHistory('计划投资', 'yuan'),
    landArea: figureHistory('占地面积', 'hectare'),
    annualRevenue: figureHistory('预计年销售收入', 'yuan'),
    annualProfit: figureHistory('预计年利润', 'yuan'),
    annualTax: figureHistory('预计年税收', 'yuan'),
  })
  .strict()
  .meta({ title: '数字', description: '每项数字是一组报道记录，后来的报道不会覆盖先前的。' });

export type FigureKind = keyof z.infer<typeof figuresSchema>;
export const figureKinds = Object.keys(figuresSchema.shape) as FigureKind[];

/**
 * Other measures a source states about a project, each with its own unit as the source writes it: a capacity
 * (装机容量 1600万千瓦, 年产能 50万 辆/年), beds (床位 1500 张), staff (技术工人 4万 人), a floor area (建筑面积 平方米),
 * an output value (年产值 元). Reports are kept like the figures', in that unit.
 */
export const measureSchema = z
  .object({
    id: slugSchema.meta({ title: '指标标识' }),
    label: z.string({ error: '应写明衡量的是什么，如“床位”' }).min(1).meta({ title: '指标名称' }),
    unit: z.string({ error: '应写明单位，如“张”或“辆/年”' }).min(1).meta({ title: '单位', description: '来源所写的单位，如 张、千瓦、辆/年、平方米。' }),
    reports: z
      .array(figureReportSchema)
      .min(1, { error: '应至少有一条报道' })
      .meta({ title: '报道记录', description: '数值以本指标的单位记录。' }),
  })
  .strict()
  .meta({ title: '其他指标' });

// ---------------------------------------------------------------------------------------------- dates

export const fuzzyDateSchema = z
  .object({
    date: z.string({ error: '应为日期，如 2023-07' }).meta({ title: '日期' }),
    precision: z.enum(datePrecisions).meta({
      title: '精度',
      description:
        'day 某日；early-month 上旬；mid-month 中旬；late-month 下旬；end-of-month 月底；month 某月；quarter 季度；half-year 半年；end-of-year 年底；year 某年。',
    }),
    before: z.boolean().optional().meta({ title: '之前', description: '为 true 时表示“……前”，即截止日期。' }),
  })
  .strict()
  .superRefine((value, context) => {
    const problem = fuzzyDateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['date'], input: value.date });
  });

// ---------------------------------------------------------------------------------------------- milestones

export const milestoneReportTypes = ['plan', 'started', 'done'] as const;

export const milestoneReportSchema = z
  .object({
    type: z.enum(milestoneReportTypes).meta({
      title: '类型',
      description: 'plan 计划（含调整后的计划）；started 已开始；done 已完成。',
    }),
    date: fuzzyDateSchema
      .optional()
      .meta({ title: '日期', description: '计划日期或实际日期；已开始/已完成但未报道日期时省略。' }),
    ...reportBase,
  })
  .strict()
  .refine((report) => report.type !== 'plan' || report.date !== undefined, {
    error: '缺少 date：计划要写明承诺的日期',
    path: ['date'],
  });

export const milestoneSchema = z
  .object({
    id: slugSchema.meta({ title: '节点标识' }),
    label: z.string().min(1, { error: '应填写名称' }).meta({ title: '节点名称' }),
    scope: scopeSchema.default('project'),
    reports: z
      .array(milestoneReportSchema)
      .min(1, { error: '应至少有一条报道' })
      .meta({ title: '报道记录' }),
  })
  .strict();

// ---------------------------------------------------------------------------------------------- projects

/** The lifecycle of an investment project, in order. */
export const lifecycleStages = [
  'signed',
  'land-acquired',
  'design-and-approvals',
  'under-construction',
  'mechanical-completion',
  'ready-to-produce',
  'producing',
] as const;

export const statusReportSchema = z
  .object({
    stage: z.enum(lifecycleStages).meta({
      title: '阶段',
      description:
        'signed 已签约；land-acquired 已取得土地；design-and-approvals 设计与审批；under-construction 在建；mechanical-completion 中交；ready-to-produce 具备投产条件；producing 已投产。',
    }),
    ...reportBase,
  })
  .strict();

export const projectSchema = z
  .object({
    id: slugSchema.meta({ title: '项目标识', description: '网址中使用的标识，如 huali-bio。' }),
    name: z.string({ error: '应为简体中文的项目名称' }).min(1).meta({ title: '项目名称' }),
    aliases: z
      .array(z.string().min(1, { error: '应填写名称，不能为空' }))
      .default([])
      .meta({
        title: '别名',
        description: '文章对该项目的其他叫法（简体），导入和核对文章时据此识别项目；名称去掉末尾“项目”二字的叫法无需列出。',
      }),
    company: z.string().min(1).optional().meta({ title: '建设单位' }),
    park: z.string().min(1).optional().meta({ title: '所在园区' }),
    sector: z.string().min(1).optional().meta({ title: '产业' }),
    provincialKey: z
      .boolean()
      .optional()
      .meta({ title: '省级重点项目', description: '是否列入省级重点项目；来源未说明时省略。' }),
    summary: z.string().min(1).optional().meta({ title: '简介' }),
    status: z
      .array(statusReportSchema)
      .default([])
      .meta({ title: '进展阶段', description: '来源报道的阶段，按报道先后；来源还没有说到阶段时为空。' }),
    figures: figuresSchema.default({}),
    measures: z.array(measureSchema).default([]).meta({ title: '其他指标', description: '产能、床位、建筑面积等来源报道的其他数字，各有单位。' }),
    milestones: z.array(milestoneSchema).default([]).meta({ title: '节点' }),
  })
  .strict();

// ---------------------------------------------------------------------------------------------- zone

export const indicatorReportSchema = z
  .object({
    value: nonNegativeNumber.meta({ title: '数值', description: '个数，或以百分数记录的比率（69.7 表示 69.7%）。' }),
    period: z.string().regex(/^\d{4}$/, { error: '应为数字所属的年份，如 2023' }).meta({
      title: '年度',
    }),
    minInvestment: nonNegativeNumber
      .optional()
      .meta({ title: '投资门槛', description: '统计口径的投资额下限（元），如“500万元以上”。', unit: 'yuan' }),
    qualifier: qualifierSchema.default('exact'),
    ...reportBase,
  })
  .strict();

const indicatorHistory = (title: string, unit: string, description: string) =>
  z.array(indicatorReportSchema).default([]).meta({ title, unit, description });

export const indicatorsSchema = z
  .object({
    plannedKeyProjects: indicatorHistory('计划建设重点项目', 'count', '全年计划建设的重点项目个数。'),
    provincialKeyProjects: indicatorHistory('省级重点项目', 'count', '列入省级重点项目的个数。'),
    startedKeyProjects: indicatorHistory('开复工项目', 'count', '已开工或复工的重点项目个数。'),
    startRate: indicatorHistory('开复工率', 'percent', '来源陈述的开复工率；本站另以开复工项目 ÷ 计划项目计算核对。'),
  })
  .strict();

export type IndicatorKind = keyof z.infer<typeof indicatorsSchema>;

export const eventSchema = z
  .object({
    id: slugSchema,
    kind: z.enum(['signing', 'service', 'meeting', 'other']).meta({
      title: '类型',
      description: 'signing 签约；service 服务企业；meeting 会议；other 其他。',
    }),
    title: z.string().min(1).meta({ title: '事件' }),
    date: fuzzyDateSchema.optional(),
    place: z.string().min(1).optional().meta({ title: '地点' }),
    parties: z.array(z.string().min(1)).default([]).meta({ title: '相关单位' }),
    summary: z.string().min(1).meta({ title: '概要' }),
    ...reportBase,
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1).meta({ title: '数据集名称' }),
    description: z.string().min(1).meta({ title: '说明' }),
    zone: z
      .object({
        name: z.string().min(1).meta({ title: '区域全称' }),
        shortName: z.string().min(1).meta({ title: '简称' }),
      })
      .strict(),
    updated: isoDateSchema.meta({ title: '更新日期' }),
    licence: z.string().min(1).meta({ title: '许可协议' }),
    projects: z.array(projectSchema).meta({ title: '项目' }),
    indicators: indicatorsSchema,
    events: z.array(eventSchema).default([]).meta({ title: '事件' }),
  })
  .strict();

// ---------------------------------------------------------------------------------------------- articles

export const articlePrecisions = ['day', 'early-month', 'mid-month', 'late-month', 'month'] as const;

export const articleFrontmatterSchema = z
  .object({
    title: z.string({ error: '应填写标题' }).min(1, { error: '应填写标题' }),
    date: yamlDateSchema,
    datePrecision: z.enum(articlePrecisions).default('day'),
    summary: z.string({ error: '应为一两句话的摘要' }).min(1),
    /** Who reported it, as the publication printed it: 记者 张三 通讯员 李四. */
    byline: z.string().min(1).optional(),
    projects: z.array(slugSchema).default([]),
    tags: z.array(z.string().min(1)).default([]),
    source: z
      .object({
        publication: z.string().min(1).optional(),
        url: urlSchema('应为完整的网址').optional(),
        date: yamlDateSchema.optional(),
        originalTitle: z.string().min(1).optional(),
        note: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    editorNote: z.string().min(1).optional(),
    draft: z.boolean().default(false),
  })
  .strict();

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type Project = z.infer<typeof projectSchema>;
export type FigureReport = z.infer<typeof figureReportSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type MilestoneReport = z.infer<typeof milestoneReportSchema>;
export type StatusReport = z.infer<typeof statusReportSchema>;
export type LifecycleStage = (typeof lifecycleStages)[number];
export type IndicatorReport = z.infer<typeof indicatorReportSchema>;
export type Indicators = z.infer<typeof indicatorsSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Qualifier = (typeof qualifiers)[number];
export type ZoneEvent = z.infer<typeof eventSchema>;
