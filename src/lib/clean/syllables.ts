// The inventory of Mandarin syllables in Hanyu Pinyin, without tones (ü written ü), and a parser that
// accepts the ways scraped annotations write one syllable: tone marks or tone digits, ü as ü, v or u:.

// The standard table, by initial, plus the interjections and colloquial syllables dictionaries list.
const TABLE = `
a ai an ang ao e ei en eng er o ou ê m n ng hm hng
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu
`;

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(TABLE.trim().split(/\s+/));

export interface Syllable {
  /** Toneless, ü written ü: `lü`, `zhe`. */
  base: string;
  /** 1–4, 5 for a written neutral tone, 0 when no tone is written. */
  tone: number;
}

// Combining marks left by NFD: macron, acute, caron, grave.
const TONE_OF_MARK: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
// syllable := letters [tone digit], letters := [a-zêü] | v (for ü) | u: (for ü)
const WRITTEN = /^([a-zêüv:]+?)([1-5])?$/;

/** Parses one lowercase pinyin syllable as scraped annotations write it, or returns undefined. */
export function parsePinyinSyllable(written: string): Syllable | undefined {
  if (written === '' || written !== written.toLowerCase()) return undefined;
  let tone = 0;
  let letters = '';
  for (const char of written.normalize('NFD')) {
    const mark = TONE_OF_MARK[char];
    if (mark !== undefined) {
      if (tone !== 0) return undefined;
      tone = mark;
    } else {
      letters += char;
    }
  }
  // ɑ and ɡ are the single-storey letters some fonts and converters use for pinyin.
  letters = letters.normalize('NFC').replaceAll('ɑ', 'a').replaceAll('ɡ', 'g');
  const match = WRITTEN.exec(letters);
  if (!match) return undefined;
  const [, body = '', digit] = match;
  if (digit !== undefined) {
    if (tone !== 0) return undefined;
    tone = Number(digit);
  }
  let base = body.replaceAll('u:', 'ü').replaceAll('v', 'ü');
  if (base.includes(':')) return undefined;
  // After j, q, x and y, ü is written u; lue/nue are common spellings of lüe/nüe.
  base = base.replace(/^([jqxy])ü/, '$1u').replace(/^([ln])ue$/, '$1üe');
  return PINYIN_SYLLABLES.has(base) ? { base, tone } : undefined;
}
