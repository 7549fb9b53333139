// What a quantity in a text is about: a project's figure (投资, 占地, 销售收入, 利润, 税收 — of the whole project or
// one phase) or a zone indicator (计划建设重点项目, 省级重点项目, 开复工项目, 开复工率). The importer lists these
// statements; the fact-check compares them with the dataset; npm run import and propose turn them into dataset reports.
//
// Attribution is deliberately cautious, following how Chinese news chains clauses: a quantity belongs to the project
// named in its own clause (the nearest name before it, else after it: 计划投资5.2亿元的华理生物产业园项目), or to
// the project the sentence named earlier while later clauses keep that topic (…项目落户宏伟园区,该项目计划投资
// 5.2亿元,占地面积10公顷). A semicolon, a new sentence, or a clause about the zone (全区, 该区 …) ends the topic,
// except that a sentence opening on the project (该项目…, 项目分两期建设…) continues the one project the previous
// sentence was about.

import { findQuantities, type FoundQuantity } from '../quantity.ts';
import { indicatorsSchema, type FigureKind, type IndicatorKind } from '../schema.ts';
import type { NameIndex, ProjectMention } from './names.ts';
import { findPlaces } from './places.ts';
import { facilityNames } from './recognise.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Subject =
  | { type: 'figure'; projectId: string; figure: FigureKind; scope: string }
  | { type: 'measure'; projectId: string; label: string; unit: string; scope: string }
  | { type: 'indicator'; indicator: IndicatorKind; field: 'value' | 'minInvestment' };

export interface Statement {
  quantity: FoundQuantity;
  /** The words that say what the quantity measures, as written (计划投资, 年销售收入, 开复工率), or ''. */
  label: string;
  sentence: Span;
  clause: Span;
  /** What the quantity is about, when the text says so clearly enough. */
  subject: Subject | undefined;
  /** The project name that made the subject, for a figure. */
  mention: ProjectMention | undefined;
}

// ------------------------------------------------------------------------------------------ figure words

interface FigureWord {
  figure: FigureKind;
  pattern: RegExp;
}

// Prefixes (计划, 预计, 年 …) belong to the label, not the keyword, and are added by `labelStart`.
const FIGURE_WORDS: FigureWord[] = [
  { figure: 'investment', pattern: /投资(?:总额|额)?|(?<![产])投入(?!使用|运营|生产)/gu },
  { figure: 'landArea', pattern: /(?:占地|用地|土地)(?:总)?(?:面积)?/gu },
  { figure: 'annualRevenue', pattern: /年?(?:销售收入|营业收入|主营业务收入|营收|销售额)/gu },
  { figure: 'annualProfit', pattern: /年?(?:利润总额|净利润|利润)/gu },
  { figure: 'annualTax', pattern: /年?(?:税收|纳税额|纳税|上缴税金|税金)/gu },
];
const LABEL_PREFIX = /(?:(?:[一二三四五六七八九十]|\d{1,2})期(?:工程)?)?(?:计划|预计|拟|规划|总|累计|实现|可实现|新增|年均|每年)*$/u;
// Between the keyword and the number only linking words may stand: 投资额为5亿元, 投资总额达5亿元.
const GAP = /^[\s额总为为达约是共计合了：:]*$/u;

const UNIT_OF: Record<FigureKind, string> = {
  investment: 'yuan',
  landArea: 'hectare',
  annualRevenue: 'yuan',
  annualProfit: 'yuan',
  annualTax: 'yuan',
};

// ------------------------------------------------------------------------------------------ indicator words

const START_RATE = /开复工率|开工率|复工率/u;
const PROVINCIAL = /省级重点项目|省重点项目/u;
const STARTED = /开复工(?!率)|开工(?!率)|复工(?!率)/u;
const PLANNED = /计划/u;
const COUNT_CHANGE = /同比|比去年|较去年|比上年|较上年|增加|新增|减少|多开工|多开复工/u;
const STARTED_PART = /新开工|续建/u;
const KEY_PROJECTS = /重点项目/u;
const INDICATOR_TITLES = Object.fromEntries(
  (Object.keys(indicatorsSchema.shape) as IndicatorKind[]).map((kind) => [kind, String(indicatorsSchema.shape[kind].meta()?.title ?? kind)]),
) as Record<IndicatorKind, string>;

// A clause about the zone rather than a project ends a project topic.
const ZONE_SUBJECT = /该区|全区|全市|该市|全省|全县|高新区|开发区|园区/u;
const PROJECT_BACK_REFERENCE = /该项目|项目|其/u;
// A sentence that opens on the project (项目分两期建设，…; 该项目…) continues the previous sentence's project.
// So does one opening on a part of it (目前厂房建设基本完工) or on what it will be (建成后，预计将拥有…).
const OPENS_ON_PROJECT = /^(?:(?:目前|当前|如今|截至目前|现在|今天|今日|日前|近日|当天|当日)[,，]?)?(?:该项目|该工程|项目|其|(?:[\p{Script=Han}]{2})?(?:厂房|主体(?:工程|结构)?|大坝|坝体|站房|住院部|门诊部|病区|机组|生产线)|[一二三]期)|^(?:全部|全面|整体)?(?:建成|投产|建成投产|达产|投用|运营)(?:后|以后)[,，]|^届时[,，]/u;

// 十三五期间 is a plan period, not a phase.
const PHASE = /([一二三四五六七八九十]|\d{1,2})期(?!间|間)/gu;
const PHASE_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

// ------------------------------------------------------------------------------------------ spans

function spans(text: string, start: number, end: number, separators: RegExp): Span[] {
  const result: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    // A comma between digits groups thousands (1,234公顷); it ends no clause.
    if (separators.test(text[i] ?? '') && !(/\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? ''))) {
      // Runs of terminators (。” or ？！) stay with their sentence.
      let j = i + 1;
      while (j < end && (separators.test(text[j] ?? '') || /[”’」』）)]/u.test(text[j] ?? ''))) j++;
      result.push({ start: from, end: j, text: text.slice(from, j) });
      from = j;
      i = j - 1;
    }
  }
  if (from < end) result.push({ start: from, end, text: text.slice(from, end) });
  return result.filter((span) => span.text.trim() !== '');
}

const SENTENCE_END = /[。！？!?\n]/u;
const SEGMENT_END = /[；;]/u;
const CLAUSE_END = /[，,：:]/u;

function phaseAt(text: string, from: number, to: number, ignore: readonly ProjectMention[]): string | undefined {
  let scope: string | undefined;
  for (const match of text.slice(from, to).matchAll(PHASE)) {
    const at = from + match.index;
    if (ignore.some((mention) => mention.canonical && at >= mention.start && at < mention.end)) continue;
    const digits = match[1] ?? '';
    const n = PHASE_NUMBERS[digits] ?? Number(digits);
    if (n >= 1) scope = `phase-${n}`;
  }
  return scope;
}

/**
 * The phase a mention names, for the clauses that follow it: inside an alias (龙江化工聚碳酸酯联合一期项目), or
 * standing right after the name as its own phrase (华理生物产业园项目一期,…), not as the start of a figure's words.
 */
function phaseOfMention(text: string, mention: ProjectMention): string | undefined {
  const inside = mention.canonical ? undefined : phaseAt(text, mention.start, mention.end, []);
  if (inside) return inside;
  const after = /^(?:[一二三四五六七八九十]|\d{1,2})期(?:项目|工程)?(?=[,，;；。]|$)/u.exec(text.slice(mention.end));
  return after ? phaseAt(text, mention.end, mention.end + after[0].length, []) : undefined;
}

function labelStart(text: string, keywordStart: number, floor: number): number {
  const before = text.slice(floor, keywordStart);
  const prefix = LABEL_PREFIX.exec(before);
  return prefix ? floor + prefix.index : keywordStart;
}

interface Kind {
  figure: FigureKind;
  label: string;
}

/** The figure a quantity states, from the words just before it (after `floor`); the label stops at `labelFloor`. */
function figureKind(text: string, quantity: FoundQuantity, floor: number, labelFloor = floor): Kind | undefined {
  const window = text.slice(floor, quantity.start);
  let best: { figure: FigureKind; start: number; end: number } | undefined;
  for (const { figure, pattern } of FIGURE_WORDS) {
    for (const match of window.matchAll(pattern)) {
      const start = floor + match.index;
      if (!best || start > best.start) best = { figure, start, end: start + match[0].length };
    }
  }
  if (!best || !GAP.test(text.slice(best.end, quantity.start))) return undefined;
  // 计划投资5.5亿: an amount without 元 where the words are about money.
  const money = UNIT_OF[best.figure] === 'yuan' && quantity.unit === undefined && quantity.measure === undefined && quantity.step >= 1e4;
  if (UNIT_OF[best.figure] !== quantity.unit && !money) return undefined;
  const from = labelStart(text, best.start, Math.min(best.start, Math.max(floor, labelFloor)));
  return { figure: best.figure, label: text.slice(from, best.end) };
}

// Counts and rates of somewhere else: 全市, 我省, or a place named between the zone and the number.
const ELSEWHERE = /全市|全省|全国|全县|全州|我市|我省|我县|本市|本省|该市|该省|各地|多地/u;

/**
 * Whether a count or rate at `at` is about the dataset's zone: the text names the zone before it, and no other place
 * stands between (黑龙江省级重点项目 names a list, not a place; 泸州：67个 or 全市 does).
 */
function aboutZone(text: string, at: number, names: NameIndex): boolean {
  const zone = names.zoneMentions(text).filter((mention) => mention.end <= at).at(-1);
  if (!zone) return false;
  const between = text.slice(zone.end, at);
  if (ELSEWHERE.test(between)) return false;
  // A place by its full name (大连市, 旅顺口区), or heading a list item (泸州：67个项目); short names inside
  // other words (龙江化工, 明阳东北) are not places. 黑龙江省级 names a list of projects, not a place.
  return !findPlaces(between).some((place) => {
    const after = between.slice(place.end);
    if (/^(?:省|市|县|区)?级/u.test(after)) return false;
    return /(?:省|市|县|区|州|盟|旗)$/u.test(place.text) || /^[:：]/u.test(after);
  });
}

function indicatorOf(clause: Span, quantity: FoundQuantity, text: string, sentence: Span): { indicator: IndicatorKind; field: 'value' | 'minInvestment'; label: string } | undefined {
  const before = text.slice(clause.start, quantity.start);
  if (quantity.unit === 'percent') {
    const rate = START_RATE.exec(before);
    return rate ? { indicator: 'startRate', field: 'value', label: rate[0] } : undefined;
  }
  const about = clause.text;
  // 重点项目43个，已有30个开复工: the projects counted are named in an earlier clause of the sentence.
  const elided = /^(?:已|已经)?(?:开复工|开工|复工)(?!率)/u.test(text.slice(quantity.end)) && KEY_PROJECTS.test(text.slice(sentence.start, clause.start));
  if (quantity.unit === 'count' && (/项目/u.test(about) || elided)) {
    // 比去年同期多开工5个项目 is a change and 其中新开工项目12个 a part of the count, not the zone's count.
    if (COUNT_CHANGE.test(about) || STARTED_PART.test(about)) return undefined;
    if (PROVINCIAL.test(about)) return { indicator: 'provincialKeyProjects', field: 'value', label: INDICATOR_TITLES.provincialKeyProjects };
    if (STARTED.test(about)) return { indicator: 'startedKeyProjects', field: 'value', label: INDICATOR_TITLES.startedKeyProjects };
    if (PLANNED.test(about) && KEY_PROJECTS.test(about)) return { indicator: 'plannedKeyProjects', field: 'value', label: INDICATOR_TITLES.plannedKeyProjects };
  }
  // 计划建设投资500万元以上重点项目43个: the threshold the count uses.
  if (quantity.unit === 'yuan' && /^(?:的)?(?:重点)?项目/u.test(text.slice(quantity.end)) && PLANNED.test(about) && KEY_PROJECTS.test(about))
    return { indicator: 'plannedKeyProjects', field: 'minInvestment', label: '重点项目投资门槛' };
  return undefined;
}

const PLACE_OF_PROJECT = /所在(?:的|地)?$/u;

// Words that bring in another item after a project's name: 与甲项目同期签约的还有乙项目, 甲项目、乙项目, 甲项目和乙项目.
const ANOTHER_ITEM = /(?:还有|另有|以及|和|与|及|、)$/u;

/**
 * Whether the words after a project's name go on to another subject: the place it stands in (华理…项目所在的宏伟园区),
 * or another facility brought in beside it (与华理…项目同期签约的还有恒泰新材料项目). What they state is not the
 * project's. A facility named otherwise (位于秦汉新城, 园区的第二工厂, 是…控制性工程) says where or what the project is.
 */
function turnsAway(after: string): boolean {
  if (/所在(?:的|地)/u.test(after)) return true;
  return facilityNames(after).some((name) => /^(?:还有|另有)/u.test(name.text) || ANOTHER_ITEM.test(after.slice(0, name.start)));
}

/** A clause with the project names in it and the project the sentence was about before it (its topic). */
export interface TopicClause {
  sentence: Span;
  clause: Span;
  mentions: ProjectMention[];
  topic: ProjectMention | undefined;
}

/** Walks a text clause by clause, keeping the project each clause is about as the news sentence carries it. */
export function topicClauses(text: string, allMentions: readonly ProjectMention[]): TopicClause[] {
  // 华理…项目所在的宏伟园区: the place a project stands in reads like a reference back to it (a place and a head) but
  // is not the project.
  const mentions = allMentions.filter((mention) => !(mention.anaphor && PLACE_OF_PROJECT.test(text.slice(Math.max(0, mention.start - 3), mention.start))));
  const result: TopicClause[] = [];
  let previousProject: ProjectMention | undefined;
  for (const sentence of spans(text, 0, text.length, SENTENCE_END)) {
    const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const carried = inSentence.length === 0 && OPENS_ON_PROJECT.test(sentence.text.trimStart()) ? previousProject : undefined;
    // Only a sentence about one project hands it on: after 甲项目和乙项目…, 项目… could be either.
    const named = new Set(inSentence.map((mention) => mention.projectId));
    previousProject = named.size === 1 ? inSentence.at(-1) : named.size === 0 ? carried : undefined;
    let firstSegment = true;
    for (const segment of spans(text, sentence.start, sentence.end, SEGMENT_END)) {
      let topic: ProjectMention | undefined = firstSegment ? carried : undefined;
      firstSegment = false;
      for (const clause of spans(text, segment.start, segment.end, CLAUSE_END)) {
        const inClause = mentions.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
        // 园区 is the project itself when the project is a park (园区将容纳超过1万名研发人员).
        const zoneWord = ZONE_SUBJECT.exec(clause.text)?.[0];
        const ownPark = zoneWord === '园区' && topic !== undefined && /园/u.test(topic.text);
        if (inClause.length === 0 && zoneWord && !ownPark && !PROJECT_BACK_REFERENCE.test(clause.text.replace(/重点项目|项目建设/gu, ''))) {
          topic = undefined;
        }
        // A clause about another facility (加上三峡工程、葛洲坝工程，总装机…) is not about the topic project.
        if (inClause.length === 0 && facilityNames(clause.text).length) topic = undefined;
        result.push({ sentence, clause, mentions: inClause, topic });
        if (inClause.length) topic = turnsAway(text.slice(inClause.at(-1)!.end, clause.end)) ? undefined : inClause.at(-1);
      }
    }
  }
  return result;
}

/**
 * Land by its unit and its sentence, where no land word stands right before it: 工厂的规模将超过1200亩 (亩 measures only
 * land), 这块土地位于…地块，面积为864885平方米 (an area in a sentence about the plot). Floor area is not land.
 */
function landKind(text: string, quantity: FoundQuantity, from: number, sentence: Span): Kind | undefined {
  if (quantity.unit !== 'hectare') return undefined;
  const before = text.slice(from, quantity.start);
  if (AREA_WORDS.test(before)) return undefined;
  const label = before.replace(LINKING_AFTER, '').replace(/^[，,、\s]+/u, '').trim();
  if (/[亩畝]$/u.test(quantity.text)) return { figure: 'landArea', label };
  if (/土地|地块|占地|用地|拿地/u.test(sentence.text) && /面积|规模/u.test(before)) return { figure: 'landArea', label };
  return undefined;
}

// ------------------------------------------------------------------------------------------ measures

// Words between a measure's name and its number, and before its name, that are not its name (a reference back to the
// project, 项目年门诊量 or 其年产能, is its subject: the name is 年门诊量; a phase, 一期建筑面积, is its scope).
const LINKING_AFTER = /(?:(?:将|可|已|已经)?(?:达到|达|为|是|约|共|共计|合计|超过|超|逾|近|不少于|至少|将达|可达|规模为|规模达|规模将达)+|(?:将|可|已|已经|预计|约|共)+)$/u;
const LINKING_BEFORE = /^(?:(?:该|本|此)?(?:项目|工程)|其(?![他它余])|(?:[一二三四五六七八九十]|\d{1,2}|首)期|其中|目前|当前|预计|计划|规划|设计|拟|将|可|全部建成(?:运营)?后|建成后|投产后|达产后|总(?=[\p{Script=Han}]{2})|同时|并|还|也|带动|新增|实现|可实现|提供|安置)+/u;
// A name that is an action or a time, not something measured: 历时8天, 用了358天, 第3个.
const NOT_A_MEASURE = /^(?:历时|用时|耗时|用了|仅用|花了|经过|第|共有|其中|包括|涉及|带动|解决|新增|累计|年|每年|目前|已)$|^[的了在和与及]$/u;
const NOUN_AFTER = /^(?:的)?([\p{Script=Han}A-Za-z]{2,12}?)(?=[，。；、,;：:（(]|$|的|将|已|等|和)/u;
// What a project measure is called: the name must end in one of these (装机容量, 床位, 技术工人, 年门诊量 …), so a
// spec like 设计时速 or a count of something else is not recorded as the project's.
const MEASURE_NOUN = /(?:(?:发电|消耗|排放|吞吐|门诊|住院|接待|客流|产|销|运量)量|标煤消耗量|二氧化碳排放量|装机(?:容量|规模)?|装机|产能|年产|生产规模|年生产|床位|病床|建筑面积|建设面积|使用面积|就业|岗位|员工|职工|工人|人员|人才|发电量|产值|全长|总长|长度|里程|用钢量|重量|总重|站台|股道|工期|门诊量|住院量|库容|吞吐量|车位|生产线|机组|客流|产量|周产量|销量|排放|消耗|标煤|储能|容量|面积|规模|门诊|病区|单元|厂房|二氧化碳|二氧化硫|氮氧化物|标准煤)$/u;
// Measures that are yearly flows: 年产50万辆 is 辆/年.
const FLOW_UNITS = new Set(['辆', '吨', '人次', '千瓦时', 'GWh', 'MWh', '标准箱', '立方米', '台', '套']);
const COUNTED_AT_END = /([\p{Script=Han}]{0,4}(?:机组|生产线|床位|病床|车位|泊位|站台|股道|厂房))(?:[\p{Script=Han}]{0,2}(?:全部|已|将|正式|顺利)|$)/u;
const WEEKLY_OUTPUT = /(?:每周|每星期)(?:可)?(?:生产|产出|下线)$/u;
const AREA_WORDS = /建筑面积|建设面积|总建筑面积|使用面积/u;
const OUTPUT_WORDS = /产值/u;

/** What a measure's number is of: its name, unit and value in that unit. */
interface Measured {
  label: string;
  unit: string;
  value: number;
  valueMax?: number;
}

// How far the building work is: 已经完工90%, 约70%主体已封顶. Only with a word of the works finished beside the share, so
// 同比增长50% or 完成投资的70% stays unread.
const PROGRESS_BEFORE = /(?:已经|已)?(完工|封顶|建成)$/u;
const PROGRESS_AFTER = /^(?:的)?(?:主体(?:结构|工程)?|工程|结构|土建)(?:已经|已)?(完工|封顶|建成)/u;

function progressOf(text: string, quantity: FoundQuantity): Measured | undefined {
  const word = PROGRESS_BEFORE.exec(text.slice(0, quantity.start))?.[1] ?? PROGRESS_AFTER.exec(text.slice(quantity.end))?.[1];
  return word ? { label: `${word}进度`, unit: '%', value: quantity.value } : undefined;
}

// A count of what a hospital or a plant is built with (规划开设35个专科门诊、27个病区单元): only after a word that
// provides them in the same clause, so a target (实现30个专科门诊开诊) or a count of anything else stays unread.
const PROVIDES = /开设|设置|设有|共设|拥有|规划建设|规划|设计/u;
const UNIT_NOUN = /^(?:的)?([\p{Script=Han}]{0,4}(?:门诊|病区|病区单元|护理单元|科室|手术室|诊室|病房|车间|泊位|站台))(?=[，。；、,;：:（(]|$|和|及)/u;

function unitsOf(text: string, quantity: FoundQuantity, sentenceStart: number): Measured | undefined {
  if (!/[个個]$/u.test(quantity.text)) return undefined;
  const clause = text.slice(sentenceStart, quantity.start).split(/[，,；;：:]/u).at(-1) ?? '';
  if (!PROVIDES.test(clause)) return undefined;
  const noun = UNIT_NOUN.exec(text.slice(quantity.end))?.[1];
  return noun ? { label: noun, unit: '个', value: quantity.value } : undefined;
}

/**
 * A measure a project states that is not one of the dataset's figures: a capacity (1600万千瓦, 100万辆/年), beds
 * (1500张床位), staff (4万名技术工人), a floor area (建筑面积27万平方米), an output value (年产值5000亿元).
 * The name is the words before the number (规划床位 → 床位), or the noun after a counter (4万名技术工人 → 技术工人).
 */
function measureOf(text: string, quantity: FoundQuantity, from: number, sentenceStart: number): Measured | undefined {
  const before = text.slice(from, quantity.start).replace(LINKING_AFTER, '').replace(/[\s:：]+$/u, '');
  // 平均每年可减少标煤消耗量约1968万吨，减少二氧化碳排放量约5160万吨: 每年 holds for the sentence's list.
  const sentenceBefore = text.slice(sentenceStart, from);
  const named = before.replace(LINKING_BEFORE, '');
  if (quantity.unit === 'percent') return progressOf(text, quantity);
  if (quantity.unit === 'count') return unitsOf(text, quantity, sentenceStart);
  let unit = quantity.measure;
  let value = quantity.value;
  let valueMax = quantity.valueMax;
  if (quantity.unit === 'hectare' && AREA_WORDS.test(before)) {
    // Floor area is counted in square metres, not as land.
    unit = '平方米';
    value = Math.round(value * 1e4 * 100) / 100;
    if (valueMax !== undefined) valueMax = Math.round(valueMax * 1e4 * 100) / 100;
  } else if ((quantity.unit === 'yuan' || (quantity.unit === undefined && quantity.measure === undefined && quantity.step >= 1e4)) && OUTPUT_WORDS.test(before)) {
    // 年产值8000万: an output value is money, said with 元 or not (as 计划投资5.5亿 is).
    unit = '元';
  }
  if (unit === undefined) return undefined;
  // 相当于1.5个太湖: a comparison, not a measure.
  if (/(?:相当于|相当|等于|约等于)$/u.test(text.slice(Math.max(0, quantity.start - 4), quantity.start).replace(/[约近超逾]$/u, ''))) return undefined;
  // 站场总规模为11台19线: a station's platforms and tracks.
  if (unit === '台' && /^\d+线/u.test(text.slice(quantity.end))) return { label: '站台', unit, value };
  if (unit === '线' && /\d+台$/u.test(text.slice(0, quantity.start))) return { label: '股道', unit, value };
  // The noun at the end of the words before it: 上层设计为时速 → 时速, 规划床位 → 床位.
  let label = named.split(/为|是|达到|达|约|共计|共|将|可|已|设计|规划|计划|预计|拟/u).at(-1) ?? '';
  if (!/[\p{Script=Han}]{2,}/u.test(label)) label = '';
  // 每周生产3000辆: a rate of output, the week's.
  if (WEEKLY_OUTPUT.test(before) && FLOW_UNITS.has(unit)) label = '周产量';
  if (!label || NOT_A_MEASURE.test(label) || !/[\p{Script=Han}]{2}/u.test(label) || !MEASURE_NOUN.test(label)) {
    const after = NOUN_AFTER.exec(text.slice(quantity.end));
    label = after && !/^(?:以上|左右|以下|以内)/u.test(after[1]!) ? after[1]! : '';
    // 16台我国自主研制的…百万千瓦水轮发电机组: the counted noun ends a longer phrase.
    if (!MEASURE_NOUN.test(label)) label = COUNTED_AT_END.exec(/^[^，。；、,;：:]{0,40}/u.exec(text.slice(quantity.end))![0])?.[1] ?? label;
  }
  if (!label || NOT_A_MEASURE.test(label) || !MEASURE_NOUN.test(label)) return undefined;
  // 年产能, 年门诊量, 每年: a yearly flow; 每周生产: a weekly one.
  if (!unit.includes('/') && FLOW_UNITS.has(unit)) {
    if (/每周|每星期/u.test(before)) unit += '/周';
    else if (/产能$/u.test(label) || /^年|每年|年产|年均|年平均|平均每年|年生产|年发电|年吞吐|年门诊|年住院|年接待/u.test(named) || /每年|年产|年平均|年均/u.test(before) || /每年|年均|年平均/u.test(sentenceBefore)) unit += '/年';
  }
  if (unit === '人次' && /^年/u.test(named)) unit = '人次/年';
  return valueMax === undefined ? { label: label.slice(0, 16), unit, value } : { label: label.slice(0, 16), unit, value, valueMax };
}

// 一期设置1500张住院床位，二期将达到1800张: the next phase's clause leaves out what it counts.
const PHASE_ONLY = /^\s*(?:[一二三四五六七八九十]|\d{1,2})期(?:将|可|预计|计划)?(?:达到|达|为|增至|增加到|扩大到|扩至)?$/u;

function phaseParallel(text: string, quantity: FoundQuantity, clause: Span, sentence: Span, earlier: readonly Statement[]): Measured | undefined {
  if (quantity.measure === undefined || !PHASE_ONLY.test(text.slice(clause.start, quantity.start))) return undefined;
  const last = earlier.filter((statement) => statement.sentence.start === sentence.start && statement.clause.start < clause.start).at(-1);
  if (last?.subject?.type !== 'measure' || last.subject.scope === 'project' || last.quantity.measure !== quantity.measure) return undefined;
  return { label: last.subject.label, unit: last.subject.unit, value: quantity.value };
}

/**
 * The scope a clause states something for, up to `upTo`: a phase named before it in the clause (一期计划投资), else one
 * named with the project (龙江化工聚碳酸酯联合一期项目); a phase inside the project's own name is the whole project.
 */
export function scopeAt(text: string, clause: TopicClause, upTo: number, mention: ProjectMention): string {
  return phaseAt(text, clause.clause.start, upTo, clause.mentions) ?? phaseOfMention(text, mention) ?? 'project';
}

/**
 * The phase a sentence is about, for what its later clauses say happens (一期计划投资3.5亿元，…，预计年底前建成投产:
 * phase 1 goes into production), unless the clause says it is the whole project (全部, 整体, 整个项目).
 */
export function sentencePhase(text: string, clause: TopicClause, upTo: number, mentions: readonly ProjectMention[]): string | undefined {
  if (/全部|全面|整体|整个|全项目|项目全面/u.test(text.slice(clause.clause.start, upTo))) return undefined;
  // Within the sentence's part up to a semicolon; a phase inside a project's name (…一期技术升级改造项目) is a name.
  const from = Math.max(clause.sentence.start, text.lastIndexOf('；', upTo - 1) + 1, text.lastIndexOf(';', upTo - 1) + 1);
  const ignore = mentions.map((mention) => ({ ...mention, canonical: true }));
  const phase = phaseAt(text, from, upTo, ignore);
  if (!phase) return undefined;
  // 一期…，总投资5.2亿元，占地面积10公顷: after the whole project is named again, the phase no longer holds.
  const lastPhase = [...text.slice(from, upTo).matchAll(PHASE)].map((match) => from + match.index).filter((at) => !ignore.some((mention) => at >= mention.start && at < mention.end)).at(-1) ?? from;
  return /总|全部|整体|整个|全项目/u.test(text.slice(lastPhase, upTo)) ? undefined : phase;
}

/**
 * Every quantity in a text with what it is about, as far as the text makes that clear. `mentions` are the text's
 * project mentions when the caller resolved them for the whole article (articleMentions), else they are found here.
 */
export function findStatements(text: string, names: NameIndex, mentions: readonly ProjectMention[] = names.find(text)): Statement[] {
  const quantities = findQuantities(text);
  if (quantities.length === 0) return [];
  const statements: Statement[] = [];
  for (const place of topicClauses(text, mentions)) {
    const { sentence, clause, mentions: inClause, topic } = place;
    let floor = clause.start;
    let previous: Statement | undefined;
    for (const quantity of quantities.filter((q) => q.start >= clause.start && q.start < clause.end)) {
      // 超过1200亩（逾86万平方米）: the same figure in other units, about what the one before it was about.
      if (previous?.subject && previous.subject.type === 'figure' && previous.quantity.unit === quantity.unit && /^[（(]\s*(?:约|逾|超|超过|近|合|即)?\s*$/u.test(text.slice(previous.quantity.end, quantity.start))) {
        const restated: Statement = { ...previous, quantity };
        statements.push(restated);
        previous = restated;
        floor = quantity.end;
        continue;
      }
      // A list (年销售收入5.24亿元、利润1.7亿元) restarts at each 、.
      const listStart = text.lastIndexOf('、', quantity.start - 1);
      const from = Math.max(floor, listStart >= clause.start ? listStart + 1 : clause.start);
      floor = quantity.end;
      const nearest = inClause.filter((mention) => mention.end <= quantity.start).at(-1);
      const before = nearest && turnsAway(text.slice(nearest.end, quantity.start)) ? undefined : nearest;
      const after = inClause.find((mention) => mention.start >= quantity.end);
      const mention = inClause.length ? (before ?? after) : topic;
      const statement: Statement = { quantity, label: '', sentence, clause, subject: undefined, mention: undefined };
      const kind = mention ? (figureKind(text, quantity, from, before?.end) ?? landKind(text, quantity, from, sentence)) : undefined;
      const measure = mention && !kind ? (measureOf(text, quantity, Math.max(from, before?.end ?? from), sentence.start) ?? phaseParallel(text, quantity, clause, sentence, statements)) : undefined;
      // 其中一期占地119亩，建筑面积27万平方米: the sentence's phase, unless the words say it is the whole (总, 全部).
      const scope = (label: string) => {
        const own = mention ? scopeAt(text, place, quantity.start, mention) : 'project';
        return own === 'project' && !/总|全部|整体|全项目/u.test(label) ? (sentencePhase(text, place, quantity.start, mentions) ?? own) : own;
      };
      if (mention && kind) {
        statement.subject = { type: 'figure', projectId: mention.projectId, figure: kind.figure, scope: scope(kind.label) };
        statement.mention = mention;
        statement.label = kind.label;
        // 计划投资5.5亿 is yuan, though it does not say so.
        if (quantity.unit === undefined && UNIT_OF[kind.figure] === 'yuan') statement.quantity = { ...quantity, unit: 'yuan' };
      } else if (mention && measure) {
        // A phase carries to an area (一期占地119亩，建筑面积27万平方米), not to a flow or a count the next clause
        // starts (二期将达到1800张，年门诊量将超过50万人次: visits of the hospital).
        const own = scopeAt(text, place, quantity.start, mention);
        statement.subject = { type: 'measure', projectId: mention.projectId, label: measure.label, unit: measure.unit, scope: measure.unit === '平方米' ? scope(text.slice(from, quantity.start)) : own };
        statement.mention = mention;
        statement.label = measure.label;
        if (measure.value !== quantity.value) statement.quantity = { ...quantity, value: measure.value, ...(measure.valueMax === undefined ? {} : { valueMax: measure.valueMax }), step: quantity.step * 1e4 };
        else if (quantity.unit === undefined && measure.unit === '元') statement.quantity = { ...quantity, unit: 'yuan' };
      } else {
        const indicator = indicatorOf(clause, quantity, text, sentence);
        if (indicator && aboutZone(text, quantity.start, names)) {
          statement.subject = { type: 'indicator', indicator: indicator.indicator, field: indicator.field };
          statement.label = indicator.label;
        } else {
          const plain = figureKind(text, quantity, from);
          if (plain) statement.label = plain.label;
        }
      }
      statements.push(statement);
      previous = statement;
    }
  }
  return statements;
}
