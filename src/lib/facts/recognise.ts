// Recognising a dataset project in an article as papers name it. Besides the project's own name and aliases
// (names.ts), a paper writes the company's name with the kind of facility (大庆华理生物科技有限公司生物产业园建设项目
// for 华理生物产业园项目), drops or adds the place (特斯拉超级工厂, 特斯拉上海超级工厂), and then says 该项目, 该产业园,
// 项目 or 电站. So:
//
// - a name is read as its core words and its head (the kind of facility: 工厂, 产业园, 电站, 医院 … or 项目);
// - a run of text ending in a head names the project when it holds the core's distinctive character pairs (place
//   names, legal words like 有限公司 and generic words like 产业 count for little) and its head is of the same kind;
// - 该项目, 这个项目, 该产业园 and a clause opening on 项目 or the head refer to the project last named in the
//   paragraph, or to the one project the article is about.
import type { ProjectMention } from './names.ts';
import { findPlaces, leadingPlaces } from './places.ts';

export interface RecognisableProject {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
  company?: string | undefined;
}

// Heads by kind, longest first within a kind; a project head (项目, 工程) goes with any kind.
const HEAD_KINDS: readonly (readonly string[])[] = [
  ['超级工厂', '生产基地', '制造基地', '工厂', '厂区'],
  ['产业园区', '工业园区', '产业园', '工业园', '科技园', '智能电动汽车产业园', '园区', '基地', '新城'],
  ['水电站', '核电站', '光伏电站', '风电场', '电站', '电厂'],
  ['特大桥', '大桥'],
  ['医院', '院区', '医学中心'],
  ['火车站', '高铁站', '车站', '站房', '枢纽'],
  ['机场', '港区', '码头'],
  ['学院', '学校', '大学'],
];
const GENERIC_HEADS = ['建设项目', '工程项目', '项目', '工程'];
const HEADS = [...HEAD_KINDS.flat(), ...GENERIC_HEADS].sort((a, b) => b.length - a.length);
const HEAD_AT_END = new RegExp(`(?:${HEADS.join('|')})$`, 'u');
const HEAD_ANYWHERE = new RegExp(HEADS.join('|'), 'gu');

function kindOf(head: string): number {
  const index = HEAD_KINDS.findIndex((kind) => kind.includes(head));
  return index; // -1 for a generic head
}

function sameKind(a: string, b: string): boolean {
  const x = kindOf(a);
  const y = kindOf(b);
  return x < 0 || y < 0 || x === y;
}

// Words a name carries that say nothing about which project it is.
const LEGAL = /(?:股份)?有限(?:责任)?公司|集团(?:有限公司)?|公司/gu;
const GENERIC = /(?:建设|项目|工程|一期|二期|三期|首期|新建|扩建|改扩建|迁建|升级|改造|技术|科技|实业|发展|投资|控股|产业|新区|开发区|高新区|经开区|全球|中国|国家)/gu;
const PHASE_OR_GENERIC_TAIL = /(?:(?:[一二三四五六七八九十]|\d{1,2}|首)期)?(?:建设项目|工程项目|项目|工程)$/u;

export interface NameCore {
  /** The name's head: its kind of facility, or 项目. */
  head: string;
  /** Character pairs of the name without places, legal and generic words, and head. */
  distinctive: Set<string>;
  /** Every character pair of the name without its head. */
  pairs: Set<string>;
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')];
  const found = new Set<string>();
  // Latin words count as one token each: Gigafactory3, NIO.
  const tokens: string[] = [];
  let latin = '';
  for (const char of chars) {
    if (/[A-Za-z0-9]/u.test(char)) latin += char;
    else {
      if (latin) tokens.push(latin.toLowerCase());
      latin = '';
      tokens.push(char);
    }
  }
  if (latin) tokens.push(latin.toLowerCase());
  for (let i = 0; i + 1 < tokens.length; i++) found.add(tokens[i]! + tokens[i + 1]!);
  for (const token of tokens) if (token.length > 1) found.add(token);
  return found;
}

/** The core of a project name: 华理生物产业园项目 → head 产业园, distinctive 华理 理生 生物 …. */
export function nameCore(name: string): NameCore | undefined {
  let text = name.replace(/\s+/gu, '');
  let head = '项目';
  const tail = PHASE_OR_GENERIC_TAIL.exec(text);
  if (tail && tail.index > 0) text = text.slice(0, tail.index);
  const facility = HEAD_AT_END.exec(text);
  if (facility && facility.index > 0) {
    head = facility[0];
    text = text.slice(0, facility.index);
  }
  const pairs = bigrams(text);
  const plain = text.slice(leadingPlaces(text).length).replace(LEGAL, '').replace(GENERIC, '');
  const distinctive = bigrams(plain);
  // Drop pairs that straddle a place name inside the name (特斯拉上海超级 → 拉上, 海超).
  for (const place of findPlaces(plain)) for (const pair of bigrams(place.text)) distinctive.delete(pair);
  if (distinctive.size === 0) return undefined;
  return { head, distinctive, pairs };
}

export interface FuzzyIndex {
  /** Mentions of projects by a form of their name the dataset does not list, where no listed name stands. */
  find(text: string, taken: readonly ProjectMention[]): ProjectMention[];
}

const BOUNDARY = /[，。；：、！？“”‘’（）()《》【】\s,.;:!?]/u;
const WINDOW = 28;
const DISTINCTIVE_SHARE = 0.75;

export function fuzzyIndex(projects: readonly RecognisableProject[]): FuzzyIndex {
  const cores: Array<{ id: string; core: NameCore }> = [];
  for (const project of projects) {
    const names = [project.name, ...(project.aliases ?? [])];
    for (const name of names) {
      const core = nameCore(name);
      if (core) cores.push({ id: project.id, core });
    }
    // The company's name with the project's head: 大庆华理生物科技有限公司 + 产业园.
    const own = nameCore(project.name);
    if (project.company && own) {
      const company = nameCore(`${project.company}${own.head}`);
      if (company) cores.push({ id: project.id, core: company });
    }
  }
  return {
    find(text, taken) {
      const found: ProjectMention[] = [];
      for (const head of text.matchAll(HEAD_ANYWHERE)) {
        const end = head.index + head[0].length;
        if (taken.some((mention) => head.index < mention.end && end > mention.start)) continue;
        let start = head.index;
        while (start > 0 && head.index - start < WINDOW && !BOUNDARY.test(text[start - 1] ?? '')) start--;
        const window = text.slice(start, head.index);
        if (window.length < 2) continue;
        const inWindow = bigrams(window);
        let best: { id: string; share: number } | undefined;
        for (const { id, core } of cores) {
          if (!sameKind(core.head, head[0])) continue;
          const share = [...core.distinctive].filter((pair) => inWindow.has(pair)).length / core.distinctive.size;
          if (share >= DISTINCTIVE_SHARE && (!best || share > best.share)) best = { id, share };
        }
        if (!best) continue;
        // The mention starts where the name's words do, not at the window's edge.
        const core = cores.find((entry) => entry.id === best.id)!.core;
        const first = Math.min(...[...core.distinctive].map((pair) => window.indexOf(pair.length === 2 ? pair : pair)).filter((at) => at >= 0));
        const from = start + Math.max(0, Number.isFinite(first) ? first - leadingPlacesBefore(window, first) : 0);
        const mention = { projectId: best.id, start: from, end, text: text.slice(from, end), canonical: false };
        if (!found.some((other) => other.start < mention.end && mention.start < other.end)) found.push(mention);
      }
      return found;
    },
  };
}

/** How many characters of place names stand right before `at` in `window` (大庆 in 大庆华理…). */
function leadingPlacesBefore(window: string, at: number): number {
  for (let from = 0; from < at; from++) {
    const places = leadingPlaces(window.slice(from, at));
    if (places && from + places.length === at) return places.length;
  }
  return 0;
}

// ------------------------------------------------------------------------------------------ anaphora

// 该项目, 这个项目, 该产业园, 此工程 …; and a clause opening on 项目 or a head (项目分两期建设, 电站总装机…).
const DEMONSTRATIVE = new RegExp(`(?:该|此|本|这个|这一|这座|这家|上述)(?:${HEADS.join('|')}|站|厂)`, 'gu');
const CLAUSE_OPENING = new RegExp(`(?:^|[，。；：！？,;:!?]\\s*)(?:目前|如今|当前|其中)?[，,]?((?:${HEADS.join('|')})(?![\\p{Script=Han}]{0,2}(?:的|之)?(?:建设)?[的]?(?:是|为)?[，,]))`, 'gu');

export interface Anaphor {
  start: number;
  end: number;
  text: string;
  head: string;
}

/** The words in a text that refer back to a project: 该项目, 该产业园, and 项目/电站 opening a clause. */
export function findAnaphors(text: string): Anaphor[] {
  const found: Anaphor[] = [];
  for (const match of text.matchAll(DEMONSTRATIVE)) {
    const head = match[0].replace(/^(?:该|此|本|这个|这一|这座|这家|上述)/u, '');
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], head });
  }
  for (const match of text.matchAll(CLAUSE_OPENING)) {
    const word = match[1]!;
    const start = match.index + match[0].length - word.length;
    if (found.some((anaphor) => start >= anaphor.start && start < anaphor.end)) continue;
    const head = HEADS.find((candidate) => word.startsWith(candidate)) ?? word;
    found.push({ start, end: start + head.length, text: head, head });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The head of a project's name, to tell whether 该电站 can refer to it. */
export function headOf(name: string): string {
  return nameCore(name)?.head ?? '项目';
}

export function headsAgree(anaphorHead: string, projectHead: string): boolean {
  return sameKind(anaphorHead === '站' ? '车站' : anaphorHead === '厂' ? '工厂' : anaphorHead, projectHead);
}
