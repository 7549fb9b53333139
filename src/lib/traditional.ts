// Simplified → Traditional for the Traditional edition, as a reader in Taiwan (the default) or Hong Kong writes:
// OpenCC's phrase-level conversion with the region's vocabulary (s2twp: 数据 → 資料, 搜索 → 搜尋; s2hk: Hong Kong
// forms), 「」『』 for “” ‘’, and proper nouns converted character by character, so 华理生物产业园项目 stays
// 華理生物產業園項目 and 中国信息协会 stays 中國信息協會 (s2twp would write 專案 and 資訊 into the names).
// Which names: the dataset's (projects, aliases, companies, parks, the zone, event parties and places), anything that
// reads as an organisation's name (…有限公司, …协会), and the short list KEEP_BY_CHARACTER below.
import { ConverterFactory, Locale, Trie, type DictGroup, type DictLike } from 'opencc-js';
import type { Dataset } from './schema.ts';

export type TraditionalRegion = 'tw' | 'hk';

export const TRADITIONAL_REGIONS: Record<TraditionalRegion, { name: string; lang: string; ogLocale: string; config: string }> = {
  tw: { name: '台湾', lang: 'zh-Hant-TW', ogLocale: 'zh_TW', config: 's2twp' },
  hk: { name: '香港', lang: 'zh-Hant-HK', ogLocale: 'zh_HK', config: 's2hk' },
};

/** TRADITIONAL_REGION as the build reads it: tw (default) or hk; anything else is one line naming the variable. */
export function readTraditionalRegion(env: { TRADITIONAL_REGION?: string | undefined }): { region: TraditionalRegion } | { error: string } {
  const given = (env.TRADITIONAL_REGION ?? '').trim().toLowerCase();
  if (given === '') return { region: 'tw' };
  if (given === 'tw' || given === 'hk') return { region: given };
  return { error: `TRADITIONAL_REGION：繁体版的用语地区应为 tw（台湾，默认）或 hk（香港），而不是“${env.TRADITIONAL_REGION}”` };
}

/**
 * Names converted character by character wherever they appear, besides the dataset's: place names, and names
 * OpenCC's phrase tables would otherwise cut into a word that rewrites them.
 */
export const KEEP_BY_CHARACTER: readonly string[] = ['大庆', '黑龙江', '大庆高新区', '大庆高新技术产业开发区', '宏伟园区', '兴化园区'];

/**
 * The region's words where OpenCC's tables fall short, checked against the site's own pages: Taiwan writes 計畫 for
 * 计划, 報導 for 报道, and 建置日期 for a site's 构建日期; and s2twp's computing words do not fit news about
 * projects, where 发布 stays 發布 (not 釋出, a software release), 设备 stays 設備 (not 裝置, a device) and 类型
 * stays 類型 (not 型別, a programming type).
 */
export const REGIONAL_WORDS: Record<TraditionalRegion, ReadonlyArray<readonly [string, string]>> = {
  tw: [
    ['计划', '計畫'],
    ['报道', '報導'],
    ['构建日期', '建置日期'],
    ['发布', '發布'],
    ['设备', '設備'],
    ['类型', '類型'],
  ],
  hk: [],
};

/**
 * Forms the region writes wherever OpenCC's phrases bring back another one: s2twp reads 调整后计划 and 按计划 as
 * phrases of their own and writes 計劃 there, beside 計畫 everywhere else on the page.
 */
export const REGIONAL_FORMS: Record<TraditionalRegion, ReadonlyArray<readonly [string, string]>> = {
  tw: [['計劃', '計畫']],
  hk: [],
};

/** Phrases OpenCC cuts wrongly in every region: 集中签约 is read as 集 + 中签 (won a lottery), 集中籤約. */
export const CORRECTIONS: ReadonlyArray<readonly [string, string]> = [['集中签约', '集中簽約']];

// What names a project as a project rather than the thing built: headlines and lists drop it (德正智能装备产业园落户…).
const PROJECT_WORD = /(?:建设)?项目$/u;

/** The dataset's proper nouns, longest first; a project's name also without its closing 项目, as papers write it. */
export function datasetNames(dataset: Pick<Dataset, 'zone' | 'projects' | 'events'>): string[] {
  const names = new Set<string>([dataset.zone.name, dataset.zone.shortName]);
  for (const project of dataset.projects) {
    for (const name of [project.name, ...(project.aliases ?? []), project.company, project.park]) if (name) names.add(name);
    for (const name of [project.name, ...(project.aliases ?? [])]) {
      const stem = name.replace(PROJECT_WORD, '');
      if (stem !== name && Array.from(stem).length >= 4) names.add(stem);
    }
  }
  for (const event of dataset.events) {
    for (const name of [...event.parties, event.place]) if (name) names.add(name);
  }
  return [...names].filter((name) => Array.from(name).length > 1).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

// An organisation's name: a run of characters (no punctuation) ending in what names one. The run starts after the
// last punctuation, so it may take in a few words before the name (与中国信息协会): converting those by character
// too is harmless.
const ORGANISATION = /[\p{Script=Han}A-Za-z0-9（）()]{1,24}?(?:股份有限公司|有限责任公司|有限公司|公司|集团|协会|分会|学会|研究院|研究所|大学|学院|银行|委员会)/gu;

type Convert = (text: string) => string;

interface OpenCcConfig {
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
  normalizationChain?: readonly DictGroup[];
}

function isDictGroup(value: DictLike | DictGroup): value is DictGroup {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' || Array.isArray(item[0]));
}

interface PhraseConverter {
  convert: Convert;
  /** Each character alone through the stages: no phrase, but the region's character forms. */
  byCharacter: Convert;
  /** Converts `from` to `to` wherever it appears, cut as one piece, and lets no later stage rewrite it. */
  add: (from: string, to: string) => void;
}

/** OpenCC's segmented converter for `config` (as opencc-js builds it), open to entries of our own. */
function phraseConverter(config: OpenCcConfig): PhraseConverter {
  const normalise = ConverterFactory(...(config.normalizationChain ?? []));
  const segmentation = new Trie();
  segmentation.loadDictGroup(config.segmentation === undefined ? [] : isDictGroup(config.segmentation) ? config.segmentation : [config.segmentation]);
  const stages = config.conversionChain.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  const run = (segment: string) => stages.reduce((converted, trie) => trie.convert(converted), segment);
  const cache = new Map<string, string>();
  return {
    convert: (text) => segmentation.segment(normalise(text)).map(run).join(''),
    byCharacter: (text) => {
      let out = '';
      for (const char of text) {
        let converted = cache.get(char);
        if (converted === undefined) cache.set(char, (converted = run(normalise(char))));
        out += converted;
      }
      return out;
    },
    add: (from, to) => {
      segmentation.addWord(from, from);
      stages.forEach((trie, index) => trie.addWord(index === 0 ? from : to, to));
    },
  };
}

/** “” → 「」 and ‘’ → 『』, as Taiwan and Hong Kong print them; an apostrophe inside a Latin word stays. */
export function regionalQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (mark, offset: number) => {
    if ((mark === '’' || mark === '‘') && /[A-Za-z]/.test(text[offset - 1] ?? '') && /[A-Za-z]/.test(text[offset + 1] ?? '')) return mark;
    return ({ '“': '「', '”': '」', '‘': '『', '’': '』' } as const)[mark as '“'];
  });
}

export interface TraditionalConverter {
  region: TraditionalRegion;
  /** Converts text (or HTML: markup is ASCII and passes through). */
  convert: Convert;
  /** Character by character, no phrases: how names are converted. */
  byCharacter: Convert;
}

/** A converter for the region, keeping `names` (and KEEP_BY_CHARACTER) character by character. */
export function traditionalConverter(region: TraditionalRegion, names: readonly string[] = []): TraditionalConverter {
  const { config: configName } = TRADITIONAL_REGIONS[region];
  const config: OpenCcConfig | undefined = Locale.configs?.[configName];
  if (!config) throw new Error(`opencc-js has no ${configName} config`);
  const converter = phraseConverter(config);
  const { byCharacter } = converter;
  for (const name of new Set([...names, ...KEEP_BY_CHARACTER])) converter.add(name, byCharacter(name));
  for (const [from, to] of [...REGIONAL_WORDS[region], ...CORRECTIONS]) converter.add(from, to);
  // An organisation's name found on a page is added as a name for every page after it: a name the dataset knows
  // is longer (商业职业学院迁建项目 over 商业职业学院) and still wins where both start.
  const organisations = new Set<string>();
  const convert: Convert = (text) => {
    for (const [name] of text.matchAll(ORGANISATION)) {
      if (organisations.has(name)) continue;
      organisations.add(name);
      converter.add(name, byCharacter(name));
    }
    let converted = converter.convert(text);
    for (const [from, to] of REGIONAL_FORMS[region]) converted = converted.replaceAll(from, to);
    return regionalQuotes(converted);
  };
  return { region, convert, byCharacter };
}
