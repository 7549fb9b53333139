// What an article says about a project's milestones: 于去年6月20日开工建设 (done, with its date), 计划7月底实现装置
// 中交 (a plan), 项目土地已摘牌 (done, undated). The importer turns these into proposed milestone reports.
//
// Cautious like the figure statements: the project comes from the clause or the sentence's topic (statements.ts);
// the kind from a short list of milestone words; plan or done from the words before it (计划, 预计 … / 已, 已于 …)
// or, failing those, from its date: past when the article was published is done, still ahead is a plan. A milestone word followed by 后
// (建成投产后, 年销售收入…) states a condition, not an event, and is skipped.

import { findDates, type FoundDate } from '../chineseDate.ts';
import { dateWindow, type FuzzyDate } from '../fuzzyDate.ts';
import type { LifecycleStage } from '../schema.ts';
import type { NameIndex, ProjectMention } from './names.ts';
import { scopeAt, sentencePhase, topicClauses, type Span, type TopicClause } from './statements.ts';

export interface MilestoneWord {
  /** The milestone id a new milestone of this kind gets. */
  kind: string;
  /** The label a new milestone of this kind gets. */
  label: string;
  pattern: RegExp;
  /** Words in an existing milestone's label that make it this kind. */
  labelPattern: RegExp;
  /** The lifecycle stage a project reaches when this milestone is done. */
  stage: LifecycleStage | undefined;
  /** The milestone is named by the words the article uses (静态验收, 联调联试), not by `label`. */
  labelFromText?: boolean;
}

// Longer phrases first: 达到投产条件 is not 投产, 建成投产 is not 建成.
export const MILESTONE_WORDS: readonly MilestoneWord[] = [
  { kind: 'ready-to-produce', label: '达到投产条件', pattern: /(?:达到|具备)投产条件/u, labelPattern: /投产条件/u, stage: 'ready-to-produce' },
  { kind: 'trial-production', label: '试生产', pattern: /试生产|试投产|投料试产|试运行|试运营/u, labelPattern: /试生产|试投产|试产|试运行|试运营/u, stage: undefined },
  // 达产: production reaches the capacity it was built for, after 投产 (达产后 is a condition, skipped below).
  { kind: 'full-production', label: '达产', pattern: /全面达产|达产达效|达产达标|达产/u, labelPattern: /达产/u, stage: 'producing' },
  {
    kind: 'production',
    label: '建成投产',
    pattern: /建成投产|投入生产|正式投产|全面投产|投产达效|投产发电|并网发电|商业运行|投入使用|投入运营|交付使用|建成通车|正式通车|试通行|试通车|开通运营|正式运营|正式开诊|开诊|投运|投产/u,
    labelPattern: /(?<!条件.*)投产(?!条件)|投入生产|投入使用|投入运营|交付使用|通车|运营|开诊|投运|发电/u,
    stage: 'producing',
  },
  { kind: 'land-acquisition', label: '取得土地', pattern: /摘牌|拿地|取得(?:土地|用地)|签订[^，。；]{0,10}?土地出让合同|土地出让合同/u, labelPattern: /摘牌|拿地|土地/u, stage: 'land-acquired' },
  { kind: 'signing', label: '签约', pattern: /签约|签署[^，。；]{0,14}?(?:协议|备忘录|合同)|签订[^，。；]{0,14}?(?:协议|备忘录|合同)/u, labelPattern: /签约|签署|签订|协议|备忘录/u, stage: 'signed' },
  // 设备已进场安装, 设备陆续进场: the words between the equipment and its installation say it has begun.
  {
    kind: 'equipment-installation',
    label: '设备安装',
    pattern: /(?:生产)?设备(?:已经|已|正在|陆续|开始|全面|集中)*(?:进场安装|到位安装|安装|进场)|安装(?:生产)?设备|进入设备安装/u,
    labelPattern: /设备/u,
    stage: undefined,
  },
  {
    kind: 'construction-start',
    label: '开工建设',
    pattern: /开工建设|启动建设|破土动工|动工|奠基|(?<!复)开工(?!率)|开建|进入主体工程全面建设|全面建设阶段/u,
    labelPattern: /开工|启动建设|动工|开建|奠基/u,
    stage: 'under-construction',
  },
  { kind: 'mechanical-completion', label: '装置中交', pattern: /中交/u, labelPattern: /中交/u, stage: 'mechanical-completion' },
  { kind: 'topping-out', label: '主体封顶', pattern: /封顶|主体完工|合龙|贯通|浇筑到顶/u, labelPattern: /封顶|合龙|贯通|到顶/u, stage: undefined },
  { kind: 'completion', label: '竣工', pattern: /竣工验收|竣工|建设(?:已)?(?:全面)?完成|全面完成|基本完工|全部完工|完工|落成|建成(?!投产|通车)/u, labelPattern: /竣工|(?<!土建)完工|落成|建成(?!投产)|完成/u, stage: undefined },
  { kind: 'other', label: '', pattern: /静载试验|荷载试验|静态验收|动态验收|预验收|联调联试|精调施工|精调/u, labelPattern: /$^/u, stage: undefined, labelFromText: true },
  // 工程全面转入地上结构施工阶段: the works move on to a new stage, which is the state on the article's date.
  { kind: 'other', label: '', pattern: /(?:全面)?(?:转入|进入)[\p{Script=Han}]{2,10}?(?:施工|建设)阶段/u, labelPattern: /$^/u, stage: undefined, labelFromText: true },
  // A plant's first deliveries, named by whom they are for (员工车主交付仪式, 首批社会车主交付仪式): two events, not one.
  { kind: 'other', label: '', pattern: /(?:首批|首台|第一批)?(?:[\p{Script=Han}]{1,2}(?:车主|用户|客户))?交付仪式|首批(?:车辆|产品|整车)?交付/u, labelPattern: /$^/u, stage: undefined, labelFromText: true },
];

// 规划 as a verb (规划2025年建成), not in a name (上海市规划与国土资源管理局).
const PLAN_WORDS = /计划|预计|将|力争|拟|争取|确保|有望|预期|目标|原定|规划(?=于|在|到|\d|[今明后]年|年底)|要/u;
// 目前…基本完工, 近日开工, 刚刚落成: the state now, or an event just past (a plan word, checked first, wins).
const DONE_WORDS = /已经|已于|已|业已|如期|顺利|目前|日前|近日|刚刚|此前|至此/u;
// 开始安装设备, 设备正在安装, 设备陆续进场: the event has begun, which is what stood on the article's date; only right
// before the word or inside it (正在筹备试运营 prepares an event, it has not begun).
const BEGUN_BEFORE = /(?:开始|正在(?:进行)?|陆续)$/u;
const BEGUN_INSIDE = /开始|正在|陆续|已|^(?:全面)?转入/u;
// 投产后, 开工以来: a condition or a time since, not the event.
// 投产机组, 投产的项目: the word describes a thing, it does not report an event.
const NOT_AN_EVENT = /^(?:后|以后|之后|以来|前后|条件|率|机组|的|项目|企业|车辆|以后|是)/u;
// A part of the project the milestone is about (首批机组投产发电, 大坝浇筑到顶, 公路部分建成通车, 住院部投入使用): a part
// noun with what names which one (首批, 左岸, 8号, 综合), read backwards from the noun so a date, a verb or the
// project's own name before it (7月首批机组, 大桥的公路部分, 西咸院区住院部) stays out. 全部机组 is the whole project.
const PART_NOUN = /机组|大坝|坝体|厂房|站房|主体结构|住院部|门诊部|病区|公路(?:部分|面)?|铁路(?:部分)?|车场|生产线|航站楼/gu;
const PART_PREFIX = /(?:首批|首台|第一批|第[一二三四五六七八九十\d]+批|左岸|右岸|[一二三四五六七八九十\d]+号|部分|剩余|最后一台)(?:\d+台)?$/u;
const WHOLE = /(?:全部|整体|全面|所有)$/u;
// Words that stand before a part without naming it: a time, a linking word, the project's kind.
const NOT_A_MODIFIER = /[的之与和及、将于已在并年月日号底前后初末中到至是为该本其]|^(?:目前|当前|如今|正在|已经|主体|项目|工程|院区|医院|大桥|电站|工厂|车站|园区|基地|建设|全线|顺利|正式|整体)$/u;
// A single numbered unit among many (8号机组) is a step of the work, not a milestone of the project.
const SINGLE_UNIT = /^[一二三四五六七八九十\d]+号/u;

function partIn(between: string): string | undefined {
  let part: string | undefined;
  for (const match of between.matchAll(PART_NOUN)) {
    const before = between.slice(0, match.index);
    if (WHOLE.test(before) || WHOLE_AFTER.test(between.slice(match.index + match[0].length))) {
      part = undefined;
      continue;
    }
    const prefix = PART_PREFIX.exec(before)?.[0].replace(/\d+台$/u, '');
    const modifier = prefix === undefined ? /[\p{Script=Han}]{2}$/u.exec(before)?.[0] : undefined;
    part = `${prefix ?? (modifier && !NOT_A_MODIFIER.test(modifier) ? modifier : '')}${match[0]}`;
  }
  return part;
}
const LONE_TIME_CLAUSE = /^\s*(?:至此|目前|如今|截至目前|截至今天|现在)[，,]\s*$/u;
// 机组全部投产: a part noun followed by 全部 is all of them, the whole project.
const WHOLE_AFTER = /^(?:已)?(?:全部|全面|均已|都已|悉数)/u;
// A share of the work (约70%主体已封顶, 完工90%) reports progress, not the event.
const PROGRESS = /\d+(?:\.\d+)?%/u;
const WHOLE_CLAUSE = /全部|整体|全面|所有|全线/u;

export interface MilestoneStatement {
  projectId: string;
  mention: ProjectMention;
  word: MilestoneWord;
  /** The part of the project it is about (首批机组, 大坝), when the article names one. */
  part: string | undefined;
  /** The milestone word as written (开工建设), and where it stands in the text. */
  text: string;
  start: number;
  type: 'plan' | 'done';
  date: FuzzyDate | undefined;
  /** The date as written (去年6月20日), when there is one. */
  dateText: string | undefined;
  scope: string;
  sentence: Span;
  clause: Span;
}

// What ends a phase carries the phase its sentence is about; a phase's start is the project's start.
const ENDS_A_PHASE = new Set(['full-production', 'topping-out', 'completion', 'production', 'trial-production', 'ready-to-produce', 'mechanical-completion', 'equipment-installation']);

function scopeFor(text: string, place: TopicClause, at: number, mention: ProjectMention, word: MilestoneWord, mentions: readonly ProjectMention[]): string {
  const scope = scopeAt(text, place, at, mention);
  if (scope !== 'project' || !ENDS_A_PHASE.has(word.kind)) return scope;
  return sentencePhase(text, place, at, mentions) ?? scope;
}

// matchAll needs the global flag; made once, not per clause.
const SEARCH_PATTERNS = new Map(MILESTONE_WORDS.map((word) => [word, new RegExp(word.pattern.source, 'gu')]));

// 刚刚落成的雄安站, 新建成的厂房: an attribute that still says the event has just happened (undated: the sentence's
// date is its main event's).
const JUST_DONE = /(?:刚刚|刚|新近|新|近日)$/u;

function firstWordAt(text: string, from: number, to: number): { word: MilestoneWord; start: number; text: string; attribute: boolean } | undefined {
  let best: { word: MilestoneWord; start: number; text: string; attribute: boolean } | undefined;
  for (const word of MILESTONE_WORDS) {
    for (const match of text.slice(from, to).matchAll(SEARCH_PATTERNS.get(word)!)) {
      const start = from + match.index;
      const after = text.slice(start + match[0].length);
      const attribute = after.startsWith('的') && JUST_DONE.test(text.slice(from, start));
      if (NOT_AN_EVENT.test(after) && !attribute) continue;
      // Earlier wins; at the same place the list order (longer phrase) wins.
      if (!best || start < best.start) best = { word, start, text: match[0], attribute };
      break;
    }
  }
  return best;
}

/** Every milestone a text reports for a dataset project, read against the date it was published (YYYY-MM-DD). */
/**
 * Whether an event dated this way, with no word of plan or completion, has happened by the article's date: its
 * window is over, or (3月正式开工建设 in a March article) a month or part of one that has begun. A year, quarter or
 * half still running (今年建成投产) and a deadline (年底前) stay plans: papers drop 计划 before them.
 */
function pastOrUnderway(date: FuzzyDate, published: string): boolean {
  const window = dateWindow(date);
  if (window.end <= published) return true;
  return !date.before && MONTH_OR_FINER.has(date.precision) && window.start !== null && window.start <= published;
}
const MONTH_OR_FINER = new Set<string>(['day', 'early-month', 'mid-month', 'late-month', 'end-of-month', 'month']);

// 静载试验于8月27日完成, 交付仪式将于1月7日下午在工厂举行: the event named first, its date and verb after it.
const DATE_AFTER_LEAD = /^(?:仪式)?(?:已|已经|将|计划|预计|拟)?(?:于|在)$/u;
const DATE_AFTER_VERB = /^(?:上午|下午|晚间|晚上)?(?:前|之前)?(?:在[^，。；,;]{1,16}?)?(?:顺利|圆满|正式|全面)?(?:完成|结束|举行|进行|开始|启动|实施)/u;

function dateAfter(text: string, wordEnd: number, clauseEnd: number, dates: readonly FoundDate[]): FoundDate | undefined {
  const date = dates.find((d) => d.start >= wordEnd && d.end <= clauseEnd);
  if (!date || !DATE_AFTER_LEAD.test(text.slice(wordEnd, date.start)) || !DATE_AFTER_VERB.test(text.slice(date.end, clauseEnd))) return undefined;
  return date;
}

/** What the paragraphs before this one say about dates, for words that point back to them. */
export interface DateContext {
  /** The last day-precise date of the paragraphs before: 当日 opening a paragraph after a photo caption's 5月31日. */
  lastDay?: string | undefined;
  /** The day the article's 今天 is, when the page was stamped later than it was written (see `writtenOn`). */
  today?: string | undefined;
}

const SAME_DAY = /当日|当天/gu;
const TODAY = /^(?:今天|今日)$/u;

/** Dates as findDates reads them, with 今天 and a paragraph's leading 当日 placed by the article around the text. */
function datesIn(text: string, published: string, context: DateContext): FoundDate[] {
  const dates = findDates(text, published).map((found) => (context.today && TODAY.test(found.text) ? { ...found, date: { date: context.today, precision: 'day' as const } } : found));
  if (!context.lastDay) return dates;
  const added: FoundDate[] = [];
  for (const match of text.matchAll(SAME_DAY)) {
    if (dates.some((found) => found.start <= match.index && match.index < found.end)) continue;
    if (dates.some((found) => found.end <= match.index && found.date.precision === 'day')) continue;
    added.push({ start: match.index, end: match.index + match[0].length, text: match[0], date: { date: context.lastDay, precision: 'day' } });
  }
  return [...dates, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The day an article was written, when its page carries the next day's date: a lead that opens on the day before
 * (12月28日上午，…正式开诊, stamped 12-29) tells the story of that day, and its 今天 is that day.
 */
export function writtenOn(lead: string, published: string): string | undefined {
  const first = findDates(lead, published)[0];
  if (!first || first.start > 2 || first.date.precision !== 'day' || first.date.before) return undefined;
  const next = new Date(`${first.date.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) === published ? first.date.date : undefined;
}

/** The last day-precise date a text names, for the paragraphs after it. */
export function lastDayIn(text: string, published: string): string | undefined {
  return findDates(text, published).filter((found) => found.date.precision === 'day' && !found.date.before).at(-1)?.date.date;
}

// 实现30个专科门诊、15个病区开诊: a count to reach, a target, not the event of the project or a part.
const COUNTED_TARGET = /\d+(?:\.\d+)?[万]?个[\p{Script=Han}]{1,6}$/u;

// 市政府与蔚来签署框架协议，双方商定共同规划建设某产业园区: what the agreement is to build, named in the next clause.
const TO_BUILD = /^\s*(?:双方|两方|三方|各方)?(?:商定|约定|同意|决定|将|拟)?(?:共同)?(?:规划)?(?:投资)?(?:建设|打造|开发)$/u;

function agreedOn(text: string, place: TopicClause, mentions: readonly ProjectMention[]): ProjectMention | undefined {
  const next = mentions.find((mention) => mention.start >= place.clause.end && mention.end <= place.sentence.end);
  if (!next) return undefined;
  const clauseStart = Math.max(place.clause.end, ...[...'，,；;'].map((mark) => text.lastIndexOf(mark, next.start - 1) + 1));
  return clauseStart === place.clause.end && TO_BUILD.test(text.slice(clauseStart, next.start)) ? next : undefined;
}

export function findMilestoneStatements(text: string, names: NameIndex, published: string, mentions: readonly ProjectMention[] = names.find(text), context: DateContext = {}): MilestoneStatement[] {
  if (mentions.length === 0) return [];
  const dates = datesIn(text, published, context);
  const statements: MilestoneStatement[] = [];
  // Where in each sentence the last milestone word ended: a date before it is that milestone's, not the next one's.
  const usedUpTo = new Map<number, number>();
  for (const place of topicClauses(text, mentions)) {
    const { clause, sentence } = place;
    let from = clause.start;
    for (;;) {
      const found = firstWordAt(text, from, clause.end);
      if (!found) break;
      from = found.start + found.text.length;
      // A name inside the project's own name (…迁建项目) is not news about it.
      if (mentions.some((mention) => found.start >= mention.start && found.start < mention.end)) continue;
      const mention = place.mentions.filter((m) => m.end <= found.start).at(-1) ?? place.mentions[0] ?? place.topic ?? (found.word.kind === 'signing' ? agreedOn(text, place, mentions) : undefined);
      if (!mention) continue;
      if (PROGRESS.test(clause.text) || COUNTED_TARGET.test(text.slice(clause.start, found.start))) continue;
      // The part named in the clause, else the one the sentence is about (8号机组顺利通过试运行，正式转入商业运行).
      const own = partIn(text.slice(Math.max(mention.end, clause.start), found.start));
      const carried = own === undefined && !WHOLE_CLAUSE.test(clause.text) ? partIn(text.slice(Math.max(mention.end, sentence.start), clause.start)) : undefined;
      const part = own ?? carried;
      // Skipped before it takes the sentence's date: 8号机组…转入商业运行，标志着左岸机组全部投产 is on that date too.
      if (part !== undefined && SINGLE_UNIT.test(part)) continue;
      // 至此，…全部投产发电; 目前，…已封顶: a clause that is only a time word says when the next one stands.
      const lead = text.slice(sentence.start, clause.start);
      const before = `${LONE_TIME_CLAUSE.test(lead) ? lead : ''}${text.slice(clause.start, found.start)}`;
      // The clause's date, else (for 9月25日上午，随着…，大桥合龙贯通) the sentence's, not one an earlier milestone took.
      const floor = Math.max(sentence.start, usedUpTo.get(sentence.start) ?? sentence.start);
      const date: FoundDate | undefined = found.attribute
        ? undefined
        : dates.filter((d) => d.start >= clause.start && d.end <= found.start).at(-1) ?? dates.filter((d) => d.start >= floor && d.end <= found.start).at(-1) ?? dateAfter(text, found.start + found.text.length, clause.end, dates);
      usedUpTo.set(sentence.start, found.start + found.text.length);
      // A date still ahead is a plan even where 计划 stood clauses earlier (计划7月底实现装置中交,年底前达到投产条件).
      const type = found.attribute ? 'done' : PLAN_WORDS.test(before) ? 'plan' : DONE_WORDS.test(before) || BEGUN_BEFORE.test(before) || BEGUN_INSIDE.test(found.text) ? 'done' : date ? (pastOrUnderway(date.date, published) ? 'done' : 'plan') : undefined;
      // A plan is only news with its date; a done without words saying so is too uncertain.
      if (!type || (type === 'plan' && !date)) continue;
      statements.push({
        projectId: mention.projectId,
        mention,
        word: found.word,
        part,
        text: found.text,
        start: found.start,
        type,
        date: date?.date,
        dateText: date?.text,
        scope: scopeFor(text, place, found.start, mention, found.word, mentions),
        sentence: place.sentence,
        clause,
      });
    }
  }
  return statements;
}
