// Built with each edition's index: the variants file the search page reads (variants.ts). Characters are grouped
// into classes by OpenCC's character tables, in every direction (Simplified ↔ Traditional, Taiwan and Hong Kong
// forms): 发 發 髮 are one class, and so are 着 著, since a reader of either script may type either. Full-width
// letters and digits join their ASCII class through NFKC (symbols.ts typedForm).
import { Locale } from 'opencc-js';
import { typedForm } from './symbols.ts';
import type { VariantsFile } from './variants.ts';

type DictPairs = ReadonlyArray<readonly [string, string]>;

/** A dictionary entry whose key is one character (a code point): "发 發 髮". Phrases, most entries, fail at once. */
const SINGLE_KEY = /(?:^|\|)([^ |]) ([^|]+)/gu;
const isOneChar = (text: string) => text.length > 0 && text.length <= 2 && Array.from(text).length === 1;

/** A dictionary's one-character-to-one-character mappings, without splitting its phrases. */
function singleCharPairs(dict: string | DictPairs): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.filter(([from, to]) => isOneChar(from) && isOneChar(to)).map(([from, to]) => [from, to]);
  const pairs: Array<[string, string]> = [];
  for (const [, from = '', targets = ''] of dict.matchAll(SINGLE_KEY)) {
    for (const to of targets.split(' ')) if (isOneChar(to)) pairs.push([from, to]);
  }
  return pairs;
}

/** Union-find over characters: find() gives a class's representative. */
class Classes {
  private readonly parent = new Map<string, string>();

  find(char: string): string {
    let root = char;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Path compression keeps later look-ups short.
    for (let node = char; node !== root; ) {
      const up = this.parent.get(node)!;
      this.parent.set(node, root);
      node = up;
    }
    return root;
  }

  union(a: string, b: string): void {
    if (!this.parent.has(a)) this.parent.set(a, a);
    if (!this.parent.has(b)) this.parent.set(b, b);
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }

  members(): Map<string, string[]> {
    const byRoot = new Map<string, string[]>();
    for (const char of this.parent.keys()) {
      const root = this.find(char);
      const list = byRoot.get(root);
      if (list) list.push(char);
      else byRoot.set(root, [char]);
    }
    return byRoot;
  }
}

interface CharClasses {
  classOf: (typed: string) => string;
  membersOf: (root: string) => readonly string[];
}

let built: CharClasses | undefined;

/** Every single-character mapping in OpenCC's conversions, as classes (built once, about 10,000 characters). */
export function charClasses(): CharClasses {
  if (built) return built;
  const classes = new Classes();
  const configs = Locale.configs ?? {};
  for (const config of Object.values(configs)) {
    const groups = [...config.conversionChain, ...((config as { normalizationChain?: typeof config.conversionChain }).normalizationChain ?? [])];
    for (const group of groups) {
      for (const dict of group) {
        for (const [from, to] of singleCharPairs(dict as string | DictPairs)) classes.union(typedForm(from), typedForm(to));
      }
    }
  }
  const members = classes.members();
  built = { classOf: (typed) => classes.find(typed), membersOf: (root) => members.get(root) ?? [root] };
  return built;
}

/**
 * The variants file for an edition whose pages hold `used` (each symbol as Pagefind stores it, with the number of
 * pages holding it). Only classes that matter are listed: those with several members, or whose used form differs
 * from the typed one (a full-width digit).
 */
export function variantsFile(used: ReadonlyMap<string, number>): VariantsFile {
  const { classOf, membersOf } = charClasses();
  const byClass = new Map<string, Array<[string, number]>>();
  for (const [form, pages] of used) {
    const root = classOf(typedForm(form));
    const list = byClass.get(root);
    if (list) list.push([form, pages]);
    else byClass.set(root, [[form, pages]]);
  }
  const classes: string[] = [];
  for (const [root, forms] of byClass) {
    const present = forms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form);
    const others = new Set([...membersOf(root), ...present.map(typedForm)]);
    for (const form of present) others.delete(form);
    if (others.size === 0) continue;
    classes.push(`${present.join('')}|${[...others].sort().join('')}`);
  }
  return { classes: classes.sort() };
}
