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
import { findPlaces, isPlaceName, leadingPlaces } from './places.ts';

export interface RecognisableProject {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
  company?: string | undefined;
}

// Heads by kind, longest first within a kind; a project head (项目, 工程) goes with any kind.
const HEAD_KINDS: readonly (readonly string[])[] = [
  ['超级工厂', '生产基地', '制造基地', '工厂', '厂区'],
  ['产业园区', '工业园区', '产业园', '工业园', '科技园', '园区', '基地', '新城'],
  ['水电站', '核电站', '光伏电站', '风电场', '电站', '电厂'],
  ['特大桥', '大桥'],
  ['医院', '院区', '医学中心'],
  ['火车站', '高铁站', '车站', '站房', '枢纽', '站'],
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
const GENERIC = /(?:建设|项目|工程|一期|二期|三期|首期|新建|扩建|改扩建|迁建|升级|改造|技术|科技|实业|发展|投资|控股|产业|新区|开发区|高新区|经开区|全球|中国|国家|国内|世界|亚洲|在建|最大|最长|最高|最新|首个|首座|首家|第一|重点|重大|规模)/gu;
// Words papers drop from a long name (龙江化工聚碳酸酯项目 for …联合项目): not part of its core. Still words of the
// name for closestProjects, where a sector word alone (化工) must not weigh more.
const DROPPED = /联合|一体化/gu;
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
  // A head alone (大桥, 医院, 车站) names no particular project.
  if (facility && facility.index === 0 && facility[0] === text) return undefined;
  if (facility && facility.index > 0) {
    head = facility[0];
    text = text.slice(0, facility.index);
  }
  const pairs = bigrams(text);
  const plain = text.slice(leadingPlaces(text).length).replace(LEGAL, '').replace(GENERIC, '').replace(DROPPED, '');
  // Pairs of the words between place names, not across one: a paper that drops or moves the place (特斯拉超级工厂,
  // 上海特斯拉超级工厂 for 特斯拉上海超级工厂) has neither 上海 nor 拉上.
  const distinctive = new Set<string>();
  let from = 0;
  for (const place of [...findPlaces(plain), { start: plain.length, end: plain.length }]) {
    for (const pair of bigrams(plain.slice(from, place.start))) distinctive.add(pair);
    from = place.end;
  }
  if (distinctive.size === 0) return undefined;
  return { head, distinctive, pairs };
}

// Short names too common to tell one project from another.
const COMMON_SHORT = /^(?:人民|中心|第一|第二|国际|城市|综合|现代|智慧|新型|高端|绿色|数字|智能)$/u;

/**
 * The name a paper shortens a project to: its words without places, legal and generic words and head (特斯拉 for
 * 特斯拉工厂, 白鹤滩 for 白鹤滩水电站, 华理生物 for 华理生物产业园项目); undefined when that leaves a common word.
 */
export function shortName(name: string): string | undefined {
  let text = name.replace(/\s+/gu, '');
  const tail = PHASE_OR_GENERIC_TAIL.exec(text);
  if (tail && tail.index > 0) text = text.slice(0, tail.index);
  const facility = HEAD_AT_END.exec(text);
  if (facility && facility.index > 0) text = text.slice(0, facility.index);
  const plain = text.slice(leadingPlaces(text).length).replace(LEGAL, '').replace(GENERIC, '');
  if ([...plain].length < 2 || COMMON_SHORT.test(plain) || !/\p{Script=Han}{2}|[A-Za-z]{3}/u.test(plain)) return undefined;
  return plain === name ? undefined : plain;
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
        const floor = Math.max(0, ...taken.filter((mention) => mention.end <= head.index).map((mention) => mention.end));
        while (start > floor && head.index - start < WINDOW && !BOUNDARY.test(text[start - 1] ?? '')) start--;
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

// ------------------------------------------------------------------------------------------ new projects

// Words that end a name when reading it backwards from its head: verbs and function words stand before a name.
const BEFORE_NAME = /(?:之一|加上|按照|参照|对标|比照|配合|依托|围绕|服务|北起|南至|途经|连接|起自|止于|规划建设|开工建设|加快建设|全面建设|启动建设|共同建设|合作建设|入驻|位于|落户|签约|签署|开工|动工|举行|启动|推进|加快|完成|实现|标志着|作为|成为|进入|宣布|获悉|表示|介绍|看到|来到|参观|考察|调研|视察|建成|投产|拟建|新建|在建|实施|引进|打造|共建|建设的|投资的|总投资|计划|预计|目前|其中|以及|包括|已经|正在|已|将|在|是|为|于|与|和|及|对|把|被|由|向|以|从|据|经|到|让|使|等|的|了|着|这|该|其|此|各|个|项|批|座|家|首|按)$/u;
const MAX_NAME = 20;
// Names that say what kind of project, not which: 重点项目, 产业项目, 招商项目, also for a place or a year (全市重点项目,
// 今年重点项目).
const GENERIC_NAME = /^(?:全市|全省|全区|全县|全州|全国|我市|我省|我区|我县|本市|本省|本区|该市|该省|该区|各地|各市|今年|去年|明年|当年|年度|全年|市|省|区|县|重点|重大|产业|工业|服务业|基础设施|民生|招商|签约|开工|竣工|续建|新建|在建|省级|市级|省重点|市重点|亿元以上|示范|配套|建设|投资)*(?:建设)?(?:项目|工程)$/u;
// A kind of facility or a trade of the works, not a facility: 三甲医院, 综合医院, 内外装饰工程, 二次结构工程.
const KIND_NOT_NAME = /^(?:三甲|三级甲等|二甲|三级|二级|综合性?|公立|民营|专科|区域|省级|市级|县级)医院$|^(?:内外|室内外|二次|一次)?(?:装饰|装修|安装|土建|主体|结构|配套|绿化|市政|附属|基础|桩基|道路|管网|水电|消防|幕墙|钢结构|地下|地上|室外|室内)+工程$/u;

export interface ProposedProject {
  /** The name the article uses most for it, with the most telling head (水电站 rather than 项目). */
  name: string;
  /** The other names the article uses for it. */
  aliases: string[];
  /** How often the article names it (the title counts three). */
  weight: number;
}

/** The names of facilities a text gives: runs ending in a head, read backwards to a verb or a function word. */
export function facilityNames(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const head of text.matchAll(HEAD_ANYWHERE)) {
    const end = head.index + head[0].length;
    // Only the end of a name: 产业园建设项目 is one name, not 产业园 and then 建设项目.
    if (HEAD_AT_END.test(text.slice(end, end + 4)) && /^[建设工程项目]/u.test(text.slice(end, end + 1))) continue;
    let start = head.index;
    while (start > 0 && end - start < MAX_NAME && /[\p{Script=Han}A-Za-z0-9·]/u.test(text[start - 1] ?? '') && !BEFORE_NAME.test(text.slice(Math.max(0, start - 4), start))) start--;
    const name = text.slice(start, end);
    if (/^\d/u.test(name) || GENERIC_NAME.test(name) || KIND_NOT_NAME.test(name) || !nameCore(name)) continue;
    // 陕西省人民医院西咸院区 contains 陕西省人民医院, read at its own head first: the longer name stands.
    const inside = found.findIndex((other) => other.start >= start && other.end <= end);
    if (inside >= 0) found.splice(inside, 1);
    else if (found.some((other) => other.start < end && start < other.end)) continue;
    found.push({ start, end, text: name });
  }
  return found;
}

function overlapShare(a: NameCore, b: NameCore): number {
  const [small, large] = a.distinctive.size <= b.distinctive.size ? [a, b] : [b, a];
  return [...small.distinctive].filter((pair) => large.distinctive.has(pair)).length / small.distinctive.size;
}

/**
 * The one project an article is about, when the dataset has none of the projects it names: the facility it names
 * most (its names grouped when they share most of their distinctive words), named at least twice or in the title.
 * `texts[0]` is the title when `hasTitle`.
 */
export function proposeProject(texts: readonly string[], hasTitle: boolean): ProposedProject | undefined {
  const groups: Array<{ core: NameCore; names: Map<string, number>; weight: number; first: number }> = [];
  let order = 0;
  let last: (typeof groups)[number] | undefined;
  texts.forEach((text, t) => {
    const names = facilityNames(text);
    const groupOf = new Map<number, (typeof groups)[number]>();
    for (const found of names) {
      const core = nameCore(found.text)!;
      const weight = hasTitle && t === 0 ? 3 : 1;
      let group = groups.find((candidate) => overlapShare(candidate.core, core) >= 0.6);
      if (group) {
        group.names.set(found.text, (group.names.get(found.text) ?? 0) + weight);
        group.weight += weight;
        // The group's core grows with its longest names, so 白鹤滩 and 金沙江白鹤滩水电站 stay together.
        if (core.distinctive.size > group.core.distinctive.size) group.core = core;
      } else {
        group = { core, names: new Map([[found.text, weight]]), weight, first: order };
        groups.push(group);
      }
      groupOf.set(found.start, group);
      order++;
    }
    // 院区于2018年9月动工 after 陕西省人民医院西咸院区…: a word referring back counts for the name it follows.
    for (const anaphor of findAnaphors(text)) {
      if (names.some((name) => anaphor.start < name.end && name.start < anaphor.end)) continue;
      const before = names.filter((name) => name.end <= anaphor.start && headsAgree(anaphor.head, headOf(name.text))).at(-1);
      const group = before ? groupOf.get(before.start) : last;
      if (group && headsAgree(anaphor.head, headOf([...group.names.keys()][0]!))) group.weight += 1;
    }
    if (names.length) last = groupOf.get(names.at(-1)!.start);
  });
  const best = groups.sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
  if (!best || best.weight < 2) return undefined;
  // Two groups as strong: the article is about several projects, not one.
  if (groups[1] && groups[1].weight === best.weight) return undefined;
  // A name that extends another at its end names a branch of it (陕西省人民医院 → 陕西省人民医院西咸院区): the branch is
  // the project.
  const branch = (name: string) => Number([...best.names.keys()].some((other) => other !== name && name.startsWith(other)));
  const names = [...best.names.entries()].sort((a, b) => Number(kindOf(headOf(b[0])) >= 0) - Number(kindOf(headOf(a[0])) >= 0) || branch(b[0]) - branch(a[0]) || b[1] - a[1] || b[0].length - a[0].length);
  const name = names[0]![0];
  return { name, aliases: names.slice(1).map(([alias]) => alias).filter((alias) => alias !== name), weight: best.weight };
}

// ------------------------------------------------------------------------------------------ anaphora

// 该项目, 这个项目, 该产业园, 此工程 …; and a clause opening on 项目 or a head (项目分两期建设, 电站总装机…).
const DEMONSTRATIVE = new RegExp(`(?:该|此|本|这个|这一|这座|这家|上述|新)(?:${HEADS.join('|')}|站|厂)`, 'gu');
const CLAUSE_OPENING = new RegExp(`(?:^|[，。；：！？,;:!?]\\s*)(?:目前|如今|当前|其中)?[，,]?((?:${HEADS.join('|')})(?![\\p{Script=Han}]{0,2}(?:的|之)?(?:建设)?[的]?(?:是|为)?[，,]))`, 'gu');

const SIDE_OR_PLOT = /院方|厂方|(?:这块|这宗|这幅|该宗|该幅|该|此)(?:土地|地块|宗地)/gu;

export interface Anaphor {
  start: number;
  end: number;
  text: string;
  head: string;
}

/** The words in a text that refer back to a project: 该项目, 该产业园, and 项目/电站 opening a clause. */
export function findAnaphors(text: string): Anaphor[] {
  const found: Anaphor[] = [];
  // Every word read as something, so no later rule reads a part of it again (新项目 is not a reference, nor is its 项目).
  const taken: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(DEMONSTRATIVE)) {
    const head = match[0].replace(/^(?:该|此|本|这个|这一|这座|这家|上述|新)/u, '');
    const span = { start: match.index, end: match.index + match[0].length };
    taken.push(span);
    // 新项目 are new projects in general, not this one.
    if (match[0].startsWith('新') && GENERIC_HEADS.includes(head)) continue;
    found.push({ ...span, text: match[0], head });
  }
  // 上海超级工厂, 合肥工厂: a place and a head, no name of its own, describes the project the article is about.
  for (const head of text.matchAll(HEAD_ANYWHERE)) {
    if (GENERIC_HEADS.includes(head[0])) continue;
    const place = findPlaces(text.slice(Math.max(0, head.index - 8), head.index)).filter((found) => found.end === Math.min(8, head.index)).at(-1);
    if (!place) continue;
    const start = head.index - (Math.min(8, head.index) - place.start);
    const end = head.index + head[0].length;
    if (/[\p{Script=Han}A-Za-z0-9]/u.test(text[start - 1] ?? '') && !/[的在于与和及从至到对为是将其距离自由向往据把被让]/u.test(text[start - 1] ?? '')) continue;
    if (/^[\p{Script=Han}]/u.test(text.slice(end)) && HEAD_AT_END.test(text.slice(end, end + 4))) continue;
    if (taken.some((anaphor) => start < anaphor.end && anaphor.start < end)) continue;
    taken.push({ start, end });
    found.push({ start, end, text: text.slice(start, end), head: head[0] });
  }
  // 院方介绍, 厂方表示: the hospital's or the factory's side speaking, as papers call the institution. 这块土地, 该地块:
  // the project's plot, whatever the project is.
  for (const match of text.matchAll(SIDE_OR_PLOT)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((anaphor) => span.start < anaphor.end && anaphor.start < span.end)) continue;
    taken.push(span);
    found.push({ ...span, text: match[0], head: match[0] === '院方' ? '医院' : match[0] === '厂方' ? '工厂' : '项目' });
  }
  for (const match of text.matchAll(CLAUSE_OPENING)) {
    const word = match[1]!;
    const start = match.index + match[0].length - word.length;
    if (taken.some((anaphor) => start >= anaphor.start && start < anaphor.end)) continue;
    const head = HEADS.find((candidate) => word.startsWith(candidate)) ?? word;
    found.push({ start, end: start + head.length, text: head, head });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The head of a project's name, to tell whether 该电站 can refer to it. */
export function headOf(name: string): string {
  return nameCore(name)?.head ?? '项目';
}

/** Whether a head names a kind of facility (医院, 电站), not any project (项目, 工程). */
export function isKindHead(head: string): boolean {
  return kindOf(head === '站' ? '车站' : head === '厂' ? '工厂' : head) >= 0;
}

export function headsAgree(anaphorHead: string, projectHead: string): boolean {
  return sameKind(anaphorHead === '站' ? '车站' : anaphorHead === '厂' ? '工厂' : anaphorHead, projectHead);
}

// ------------------------------------------------------------------------------------------ closest projects

export interface CloseProject {
  id: string;
  name: string;
  /** What in the article points to it, in the editor's words. */
  reasons: string[];
  score: number;
}

/** The runs of `words` (2 characters or more) that stand in `text`, longest first from each position. */
function sharedRuns(words: string, text: string): string[] {
  const chars = [...words];
  const runs: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let j = chars.length;
    while (j - i >= 2 && !text.includes(chars.slice(i, j).join(''))) j--;
    if (j - i >= 2) {
      runs.push(chars.slice(i, j).join(''));
      i = j;
    } else i++;
  }
  return runs;
}

/** A name without its place, legal and generic words and head: what tells it from another (华理生物). */
function telling(name: string): string {
  let text = name.replace(/\s+/gu, '');
  const tail = PHASE_OR_GENERIC_TAIL.exec(text);
  if (tail && tail.index > 0) text = text.slice(0, tail.index);
  const facility = HEAD_AT_END.exec(text);
  if (facility && facility.index > 0) text = text.slice(0, facility.index);
  return text.slice(leadingPlaces(text).length).replace(LEGAL, '|').replace(GENERIC, '|');
}

/**
 * The dataset projects an article most likely reports on when it names none of them as the index knows them:
 * their names' telling words, their company's name or short name, their park, found in its text. For the editor
 * to choose one with --project, with why.
 */
export function closestProjects(texts: readonly string[], projects: readonly (RecognisableProject & { park?: string | undefined })[], limit = 3): CloseProject[] {
  const text = texts.join('\n');
  const scored: CloseProject[] = [];
  for (const project of projects) {
    const reasons: string[] = [];
    let score = 0;
    const words = [project.name, ...(project.aliases ?? [])]
      .map((name) => telling(name).split('|').flatMap((part) => sharedRuns(part, text)))
      .sort((a, b) => b.join('').length - a.join('').length)[0]!
      .filter((run) => !isPlaceName(run));
    const whole = telling(project.name).replace(/\|/gu, '');
    if (words.length) {
      reasons.push(`名称中的${words.map((word) => `“${word}”`).join('、')}出现在文中`);
      score += Math.min(1, words.join('').length / Math.max(2, [...whole].length));
    }
    if (project.company) {
      const brand = telling(project.company).split('|').filter((part) => [...part].length >= 2 && !isPlaceName(part));
      if (text.includes(project.company)) {
        reasons.push(`建设单位“${project.company}”出现在文中`);
        score += 1;
      } else {
        const found = brand.filter((part) => text.includes(part) && !words.includes(part));
        if (found.length) {
          reasons.push(`建设单位的字号${found.map((part) => `“${part}”`).join('、')}出现在文中`);
          score += 0.6;
        }
      }
    }
    // Many projects share a park: it adds to other evidence, it is not enough alone.
    if (project.park && text.includes(project.park) && reasons.length) {
      reasons.push(`所在园区“${project.park}”出现在文中`);
      score += 0.2;
    }
    if (reasons.length && score >= 0.3) scored.push({ id: project.id, name: project.name, reasons, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
