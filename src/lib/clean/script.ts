// Chinese script conversion with OpenCC. Why these presets: see OPENCC.md beside this file.
//
// To Simplified, the source decides the preset, so each document is first classed:
// - mostly Simplified already: OpenCC `t` → `cn`, which leaves 著 alone (in Simplified text 著 is only zhù);
// - Traditional that writes 著 for both zhù and zhe (Taiwan usage, and mainland sites that convert to
//   Traditional, like the seed): `tw` → `cn`, which turns 乘著/著力 into 乘着/着力 and keeps 著名/顯著,
//   plus a few zhù words OpenCC misses (專著, 土著 …) and HK variant forms (衞, 説);
// - Traditional that has 着 as well (Hong Kong / OpenCC standard usage, 著 only zhù): `hk` → `cn`.
// To Traditional: `cn` → `tw` (Taiwan standard forms, the Traditional most readers outside the mainland read).
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { Converter, ConverterFactory, Locale, Trie, type DictGroup, type DictLike } from 'opencc-js';
import { paragraphTexts } from './paragraphs.ts';

export type ScriptSource = 'simplified' | 'traditional-tw' | 'traditional-hk';

export interface ToSimplifiedOptions {
  /** What the text is written in; `auto` (default) decides from the text itself. */
  source?: ScriptSource | 'auto';
}

// Words where 著 is zhù although Taiwan usage would allow zhe, missing from OpenCC's TWVariantsRevPhrases.
// Only words whose first character is not a verb: 編著/論著/譯著 would also match 編著竹籃 (编着) or 討論著.
const ZHU_WORDS = ['專著', '土著', '原著', '遺著', '新著', '拙著', '卓著', '舊著', '彰明較著'];
// Verbs that take the aspect particle 著 (zhe), which OpenCC's segmentation would pair with the next character
// as a word: 意味著作為 reads 意味 + 著作 + 為 and keeps 著. Matched first, these convert to 着.
const ZHE_WORDS = ['意味著', '標誌著', '象徵著', '隨著', '沿著', '朝著', '向著', '本著', '帶著', '藉著', '憑著', '靠著', '圍繞著', '承載著', '見證著', '推動著', '引領著', '發揮著', '扮演著', '肩負著', '保持著', '面臨著', '存在著', '進行著', '經歷著', '預示著', '伴隨著', '吸引著', '蘊含著', '充滿著', '洋溢著'];
// 甚麼 is the Taiwan and Hong Kong spelling of 什么; OpenCC keeps 甚么, which mainland readers do not write.
const TRADITIONAL_FIXES: Array<[string, string]> = [
  ['甚麼', '什麼'],
  ...ZHU_WORDS.map((word): [string, string] => [word, word]),
  ...ZHE_WORDS.map((word): [string, string] => [word, word.replace(/著$/u, '着')]),
];

type Convert = (text: string) => string;

interface OpenCcConfig {
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
  normalizationChain?: readonly DictGroup[];
}

function config(name: string): OpenCcConfig {
  const found: OpenCcConfig | undefined = Locale.configs[name];
  if (!found) throw new Error(`opencc-js has no ${name} config`);
  return found;
}

function stage(index: number, of: OpenCcConfig): DictGroup {
  const group = of.conversionChain[index];
  if (!group) throw new Error('opencc-js config is missing a conversion stage');
  return group;
}

// Mirrors opencc-js's own segmented converter, with our dictionaries in front of OpenCC's.
function segmentedConverter(base: OpenCcConfig, firstStage: DictGroup, extra: DictLike): Convert {
  const normalise = ConverterFactory(...(base.normalizationChain ?? []));
  const segmentation = new Trie();
  const segmentDicts = base.segmentation === undefined ? [] : isDictGroup(base.segmentation) ? base.segmentation : [base.segmentation];
  segmentation.loadDictGroup([extra, ...segmentDicts]);
  const stages = [[extra, ...firstStage], ...base.conversionChain.slice(1)].map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  return (text) =>
    segmentation
      .segment(normalise(text))
      .map((segment) => stages.reduce((converted, trie) => trie.convert(converted), segment))
      .join('');
}

function isDictGroup(value: DictLike | DictGroup): value is DictGroup {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' || Array.isArray(item[0]));
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// Converters are costly to build (the dictionaries are large tries): build each once, on first use.
const converters = {
  simplified: lazy(() => Converter({ from: 't', to: 'cn' })),
  'traditional-tw': lazy(() => {
    const tw = config('tw2s');
    const hk = config('hk2s');
    return segmentedConverter(tw, [...stage(0, tw), ...stage(0, hk)], TRADITIONAL_FIXES);
  }),
  'traditional-hk': lazy(() => {
    const hk = config('hk2s');
    return segmentedConverter(hk, stage(0, hk), [['甚麼', '什麼']]);
  }),
} satisfies Record<ScriptSource, () => Convert>;

const toTaiwanTraditional = lazy(() => Converter({ from: 'cn', to: 'tw' }));

// Characters that only one script uses, from OpenCC's character tables.
const scriptOnly = lazy(() => ({
  traditional: changedKeys(stage(1, config('tw2s'))),
  simplified: changedKeys(Locale.from.cn?.[0] ?? []),
}));

function changedKeys(group: DictGroup): Set<string> {
  const keys = new Set<string>();
  for (const dict of group) {
    const pairs = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : dict;
    for (const [from, to] of pairs) if (from && to && from !== to && [...from].length === 1) keys.add(from);
  }
  return keys;
}

export function detectScript(text: string): ScriptSource {
  const only = scriptOnly();
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (only.traditional.has(char)) traditional++;
    else if (only.simplified.has(char)) simplified++;
  }
  if (traditional <= simplified) return 'simplified';
  return text.includes('着') ? 'traditional-hk' : 'traditional-tw';
}

/** Converts Chinese text to Simplified as mainland readers write it. */
export function toSimplified(text: string, options: ToSimplifiedOptions = {}): string {
  const source = options.source === undefined || options.source === 'auto' ? detectScript(text) : options.source;
  return converters[source]()(text);
}

/** Converts mainland Simplified text to Traditional in Taiwan standard forms. */
export function toTraditional(text: string): string {
  return toTaiwanTraditional()(text);
}

const foldCache = new Map<string, string>();

/**
 * Simplified character by character, keeping every UTF-16 index in place: for matching patterns
 * written once in Simplified against text in either script. Not for display (乾隆 would become 干隆).
 */
export function foldToSimplified(text: string): string {
  let folded = '';
  for (const char of text) {
    let simple = foldCache.get(char);
    if (simple === undefined) {
      const converted = converters.simplified()(char);
      simple = converted.length === char.length ? converted : char;
      foldCache.set(char, simple);
    }
    folded += simple;
  }
  return folded;
}

/** The characters a Traditional character may stand for in Simplified, itself included. */
export function simplifiedCandidates(char: string): string[] {
  return [...new Set([char, converters.simplified()(char), converters['traditional-tw']()(char)])];
}

/** unified plugin: convert every paragraph to Simplified, classing the document as a whole. */
export const convertToSimplified: Plugin<[ToSimplifiedOptions?], Root> = function (options = {}) {
  return function (tree) {
    const texts = paragraphTexts(tree).map(({ text }) => text);
    const requested = options.source ?? 'auto';
    const source = requested === 'auto' ? detectScript(texts.map((text) => text.value).join('\n')) : requested;
    for (const text of texts) {
      text.value = toSimplified(text.value, { source });
      // Conversion can change lengths, so the column map no longer applies.
      if (text.data) delete text.data.columns;
    }
  };
};
