// Where a text names a dataset project: by its name, its name without the trailing 项目 (商业职业学院迁建 for
// 商业职业学院迁建项目), or an alias from the dataset, the longest name winning where two overlap; else by a form
// of its name the dataset does not list (recognise.ts). And where it names the zone the dataset is about.

import type { Project } from '../schema.ts';
import { isPlaceName } from './places.ts';
import { facilityNames, findAnaphors, fuzzyIndex, headOf, headsAgree, isKindHead, shortName } from './recognise.ts';

export interface ProjectMention {
  projectId: string;
  start: number;
  end: number;
  text: string;
  /** True when the text is the project's own name (with or without 项目), false for an alias. */
  canonical: boolean;
  /** Words that refer back to the project (该项目, 该产业园), not its name. */
  anaphor?: boolean;
}

export type NamedProject = Pick<Project, 'id' | 'name'> & { aliases?: readonly string[] | undefined; company?: string | undefined };

/** The zone a dataset covers: its full and short names (大庆高新技术产业开发区, 大庆高新区). */
export interface ZoneNames {
  name: string;
  shortName: string;
}

// A name shortened below this many characters would match ordinary words.
const MIN_SHORT_NAME = 4;

function withoutSuffix(name: string): string | undefined {
  const short = name.replace(/项目$/u, '');
  return short !== name && [...short].length >= MIN_SHORT_NAME ? short : undefined;
}

export interface NameIndex {
  find(text: string): ProjectMention[];
  /** The names the index knows for a project, its own name first. */
  namesOf(projectId: string): string[];
  /** Where a text names the dataset's zone. */
  zoneMentions(text: string): Array<{ start: number; end: number }>;
  /** The kind of facility a project is (its name's head), for 该电站 to refer to it. */
  headOf(projectId: string): string;
}

export function projectNameIndex(projects: readonly NamedProject[], zone?: ZoneNames): NameIndex {
  const entries = new Map<string, { projectId: string; canonical: boolean }>();
  const byProject = new Map<string, string[]>();
  for (const project of projects) {
    const own = [project.name, withoutSuffix(project.name)].filter((name): name is string => name !== undefined);
    const aliases = (project.aliases ?? []).flatMap((alias) => [alias, withoutSuffix(alias)]).filter((name): name is string => name !== undefined);
    for (const name of own) if (!entries.has(name)) entries.set(name, { projectId: project.id, canonical: true });
    for (const name of aliases) if (!entries.has(name)) entries.set(name, { projectId: project.id, canonical: false });
    // The short name papers use (特斯拉, 白鹤滩, 华理生物), unless another project shares it or it is a place.
    const short = shortName(project.name);
    if (short && !isPlaceName(short) && !projects.some((other) => other.id !== project.id && shortName(other.name) === short)) {
      if (!entries.has(short)) entries.set(short, { projectId: project.id, canonical: false });
    }
    byProject.set(project.id, [...new Set([...own, ...aliases])]);
  }
  const names = [...entries.keys()].sort((a, b) => b.length - a.length);
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = names.length ? new RegExp(names.map(escape).join('|'), 'gu') : undefined;
  const fuzzy = fuzzyIndex(projects);
  const zoneNames = zone ? [...new Set([zone.name, zone.shortName])].sort((a, b) => b.length - a.length) : [];
  const zonePattern = zoneNames.length ? new RegExp(zoneNames.map(escape).join('|'), 'gu') : undefined;
  const heads = new Map(projects.map((project) => [project.id, headOf(project.name)]));
  return {
    find(text) {
      const exact: ProjectMention[] = pattern
        ? [...text.matchAll(pattern)].map((match) => {
            const entry = entries.get(match[0])!;
            return { projectId: entry.projectId, start: match.index, end: match.index + match[0].length, text: match[0], canonical: entry.canonical };
          })
        : [];
      return [...exact, ...fuzzy.find(text, exact)].sort((a, b) => a.start - b.start);
    },
    namesOf: (projectId) => byProject.get(projectId) ?? [],
    zoneMentions: (text) => (zonePattern ? [...text.matchAll(zonePattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })) : []),
    headOf: (projectId) => heads.get(projectId) ?? '项目',
  };
}

/**
 * The project mentions of an article's blocks (title, summary, paragraphs, in order), with the words that refer back
 * to a project (该项目, 该产业园, 项目 opening a clause) resolved: to the project last named in the same block, or,
 * when the article names only one project, to that one. `tied` are the projects the editor says the article is
 * about (its frontmatter, --project): 该项目 refers to the one of them even where the article never names it in a
 * form the index knows.
 */
const LANDS_IN = /(?:落户|落户于|位于|入驻|落地|坐落于|选址)([\p{Script=Han}]{2,6}?(产业园区|工业园区|园区|工业园|产业园))/gu;

export function articleMentions(blocks: readonly string[], index: NameIndex, tied: readonly string[] = []): ProjectMention[][] {
  const named = withLocalNames(blocks, blocks.map((block) => index.find(block)));
  const projects = new Set([...tied, ...named.flat().map((mention) => mention.projectId)]);
  const only = projects.size === 1 ? [...projects][0] : undefined;
  // The facility each block names last that is none of the dataset's projects (西咸新区中心医院 beside the project
  // hospital): 医院现设有… after it is about that one.
  const others = blocks.map((block, b) => {
    // 上海超级工厂 (a place and a head) is itself a word referring back, not another facility's name.
    const taken = [...named[b]!, ...findAnaphors(block)];
    // 落户宏伟园区, 位于某某高新区: the place a project lands in, read whole though a name runs into it.
    const landsIn = [...block.matchAll(LANDS_IN)].map((match) => ({ start: match.index + match[0].length - match[1]!.length, end: match.index + match[0].length, head: match[2]! }));
    const facilities = facilityNames(block).map((name) => ({ start: name.start, end: name.end, head: headOf(name.text) }));
    return [...facilities, ...landsIn].filter((name) => isKindHead(name.head) && !taken.some((mention) => name.start < mention.end && mention.start < name.end)).sort((a, c) => a.start - c.start);
  });
  // Only for a word before any name in its paragraph, by the paragraphs before it: within a paragraph, names are too
  // loosely found (妇产医院 may be a part of the hospital) to overrule the topic.
  const otherNamedLast = (b: number, head: string): boolean => {
    if (!isKindHead(head)) return false;
    for (let i = b - 1; i >= 0; i--) {
      const other = others[i]!.filter((name) => headsAgree(head, name.head)).at(-1);
      const mention = named[i]!.at(-1);
      if (other && (!mention || other.start > mention.start)) return true;
      if (mention) return false;
    }
    return false;
  };
  return blocks.map((block, b) => {
    const explicit = named[b]!;
    const resolved: ProjectMention[] = [];
    for (const anaphor of findAnaphors(block)) {
      if (explicit.some((mention) => anaphor.start < mention.end && mention.start < anaphor.end)) continue;
      const before = explicit.filter((mention) => mention.end <= anaphor.start).at(-1)?.projectId ?? only;
      if (before === undefined || !headsAgree(anaphor.head, index.headOf(before))) continue;
      const lastNamed = explicit.filter((mention) => mention.end <= anaphor.start).at(-1);
      if (!lastNamed && otherNamedLast(b, anaphor.head)) continue;
      // 华理…项目落户宏伟园区，该园区…: 该 points to the facility of its kind named last, here the zone.
      if (/^(?:该|此|这)/u.test(anaphor.text) && isKindHead(anaphor.head) && others[b]!.some((name) => name.start >= (lastNamed?.end ?? 0) && name.end <= anaphor.start && headsAgree(anaphor.head, name.head))) continue;
      resolved.push({ projectId: before, start: anaphor.start, end: anaphor.end, text: anaphor.text, canonical: false, anaphor: true });
    }
    return [...explicit, ...resolved].sort((a, b2) => a.start - b2.start);
  });
}

// Names an article gives a project for itself: a Latin name before it (Neo Park新桥智能电动汽车产业园区), 简称 or
// another name in brackets after it (…产业园（以下简称“新基地”）, …西咸院区（陕西省西咸新区人民医院）).
const LATIN_BEFORE = /(?:^|[^A-Za-z0-9])([A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,3}) ?$/u;
const SHORT_AFTER = /^[（(](?:以下)?(?:简称|下称)[:：]?[“"「『]?([^”"」』）)]{2,16}?)[”"」』]?[）)]/u;
const OTHER_NAME_AFTER = /^[（(]([\p{Script=Han}A-Za-z0-9·]{4,24})[）)]/u;

function localNames(blocks: readonly string[], named: readonly ProjectMention[][]): Map<string, string> {
  const found = new Map<string, string>();
  blocks.forEach((block, b) => {
    for (const mention of named[b]!) {
      const latin = LATIN_BEFORE.exec(block.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
      if (latin && latin.replace(/[^A-Za-z]/gu, '').length >= 3) found.set(latin, mention.projectId);
      const after = block.slice(mention.end);
      const short = SHORT_AFTER.exec(after)?.[1];
      if (short) found.set(short, mention.projectId);
      const other = OTHER_NAME_AFTER.exec(after)?.[1];
      // Another full name of the facility, not a note (（记者…）, （2020年）): it ends in a head as names do.
      if (other && !short && facilityNames(other).some((name) => name.end === other.length)) found.set(other, mention.projectId);
    }
  });
  return found;
}

function withLocalNames(blocks: readonly string[], named: ProjectMention[][]): ProjectMention[][] {
  const local = localNames(blocks, named);
  if (local.size === 0) return named;
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp([...local.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
  return blocks.map((block, b) => {
    const explicit = named[b]!;
    const more: ProjectMention[] = [];
    for (const match of block.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if ([...explicit, ...more].some((mention) => start < mention.end && mention.start < end)) continue;
      more.push({ projectId: local.get(match[0])!, start, end, text: match[0], canonical: false });
    }
    return more.length ? [...explicit, ...more].sort((a, c) => a.start - c.start) : explicit;
  });
}
