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
import { scopeAt, topicClauses, type Span } from './statements.ts';

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
}

// Longer phrases first: 达到投产条件 is not 投产, 建成投产 is not 建成.
export const MILESTONE_WORDS: readonly MilestoneWord[] = [
  { kind: 'ready-to-produce', label: '达到投产条件', pattern: /(?:达到|具备)投产条件/u, labelPattern: /投产条件/u, stage: 'ready-to-produce' },
  { kind: 'production', label: '建成投产', pattern: /建成投产|投入生产|正式投产|全面投产|投产达效|投产/u, labelPattern: /(?<!条件.*)投产(?!条件)|投入生产/u, stage: 'producing' },
  { kind: 'construction-start', label: '开工建设', pattern: /开工建设|启动建设|破土动工|动工|(?<!复)开工(?!率)|开建/u, labelPattern: /开工|启动建设|动工|开建/u, stage: 'under-construction' },
  { kind: 'mechanical-completion', label: '装置中交', pattern: /中交/u, labelPattern: /中交/u, stage: 'mechanical-completion' },
  { kind: 'topping-out', label: '主体封顶', pattern: /封顶/u, labelPattern: /封顶/u, stage: undefined },
  { kind: 'completion', label: '竣工', pattern: /竣工验收|竣工|完工|建成(?!投产)/u, labelPattern: /竣工|(?<!土建)完工|建成(?!投产)/u, stage: undefined },
  { kind: 'land-acquisition', label: '土地摘牌', pattern: /摘牌/u, labelPattern: /摘牌|拿地|土地/u, stage: 'land-acquired' },
];

const PLAN_WORDS = /计划|预计|将|力争|拟|争取|确保|有望|预期|目标|原定|规划|要/u;
const DONE_WORDS = /已经|已于|已|业已|如期|顺利/u;
// 投产后, 开工以来: a condition or a time since, not the event.
const NOT_AN_EVENT = /^(?:后|以后|之后|以来|前后|条件|率)/u;

export interface MilestoneStatement {
  projectId: string;
  mention: ProjectMention;
  word: MilestoneWord;
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

// matchAll needs the global flag; made once, not per clause.
const SEARCH_PATTERNS = new Map(MILESTONE_WORDS.map((word) => [word, new RegExp(word.pattern.source, 'gu')]));

function firstWordAt(text: string, from: number, to: number): { word: MilestoneWord; start: number; text: string } | undefined {
  let best: { word: MilestoneWord; start: number; text: string } | undefined;
  for (const word of MILESTONE_WORDS) {
    for (const match of text.slice(from, to).matchAll(SEARCH_PATTERNS.get(word)!)) {
      const start = from + match.index;
      if (NOT_AN_EVENT.test(text.slice(start + match[0].length))) continue;
      // Earlier wins; at the same place the list order (longer phrase) wins.
      if (!best || start < best.start) best = { word, start, text: match[0] };
      break;
    }
  }
  return best;
}

/** Every milestone a text reports for a dataset project, read against the date it was published (YYYY-MM-DD). */
export function findMilestoneStatements(text: string, names: NameIndex, published: string, mentions: readonly ProjectMention[] = names.find(text)): MilestoneStatement[] {
  if (mentions.length === 0) return [];
  const dates = findDates(text, published);
  const statements: MilestoneStatement[] = [];
  for (const place of topicClauses(text, mentions)) {
    const { clause } = place;
    let from = clause.start;
    for (;;) {
      const found = firstWordAt(text, from, clause.end);
      if (!found) break;
      from = found.start + found.text.length;
      // A name inside the project's own name (…迁建项目) is not news about it.
      if (mentions.some((mention) => found.start >= mention.start && found.start < mention.end)) continue;
      const mention = place.mentions.filter((m) => m.end <= found.start).at(-1) ?? place.mentions[0] ?? place.topic;
      if (!mention) continue;
      const before = text.slice(clause.start, found.start);
      const date: FoundDate | undefined = dates.filter((d) => d.start >= clause.start && d.end <= found.start).at(-1);
      // A date still ahead is a plan even where 计划 stood clauses earlier (计划7月底实现装置中交,年底前达到投产条件).
      const type = PLAN_WORDS.test(before) ? 'plan' : DONE_WORDS.test(before) ? 'done' : date ? (dateWindow(date.date).end < published ? 'done' : 'plan') : undefined;
      // A plan is only news with its date; a done without words saying so is too uncertain.
      if (!type || (type === 'plan' && !date)) continue;
      statements.push({
        projectId: mention.projectId,
        mention,
        word: found.word,
        text: found.text,
        start: found.start,
        type,
        date: date?.date,
        dateText: date?.text,
        scope: scopeAt(text, place, found.start, mention),
        sentence: place.sentence,
        clause,
      });
    }
  }
  return statements;
}
