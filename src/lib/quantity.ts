// Quantities as Chinese news writes them, read into base units: 5.2亿元 → 520000000 yuan, 150亩 → 10 hectares,
// 三十个 → 30, 69.7% → 69.7, 500至1000亿元 → a range, 500万元以上 → at least. Both scripts (萬, 億, 個, 公頃).
// The importer lists what it finds; the fact-check compares it with the dataset.
//
// quantity := [prefix] number [余|多] [big] [余|多] [unit] [range] [suffix]
// range    := separator [prefix] number [余|多] [big] [余|多] unit-or-big     (the first part borrows the second's
//             big unit and unit when it has none: 500至1000亿元 is 500亿 to 1000亿)
// A number needs a unit or a big unit (万, 亿) to count: 2023年, 4月19日 and 六到一线 are not quantities.

import type { Qualifier } from './schema.ts';
import type { Unit } from './format.ts';

export interface ParsedQuantity {
  /** In base units: yuan, hectares, a count, or percent (69.7 for 69.7%). */
  value: number;
  /** The upper end of a range. */
  valueMax?: number;
  qualifier: Qualifier;
  /** Undefined for a bare amount such as 两亿 (no 元, 个 …), and for a measure (see `measure`). */
  unit: Unit | undefined;
  /** The unit of a physical or counted measure, as copy desks write it: 千瓦, 千瓦时, 吨, 辆, 张, 人次, 辆/年. */
  measure?: string;
  /** The last stated digit's worth in base units (5.2亿元 → 10000000): how precisely the text states it. */
  step: number;
}

export interface FoundQuantity extends ParsedQuantity {
  /** Offsets in the searched text (UTF-16 code units, like String.slice). */
  start: number;
  end: number;
  /** The quantity as written, with its qualifier words. */
  text: string;
}

// ------------------------------------------------------------------------------------------ characters

const DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const DECIMAL_POINT = new Set(['点', '點']);
const CHINESE_NUMERAL = new RegExp(`[${Object.keys(DIGIT_VALUES).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}点點]`, 'u');
const CHINESE_START = new RegExp(`[${Object.keys(DIGIT_VALUES).join('')}十拾]`, 'u');

/** Full-width digits and signs become ASCII one for one, so offsets stay the same. */
function normalise(text: string): string {
  return text.replace(/[０-９．％～－]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

// ------------------------------------------------------------------------------------------ units

interface UnitWord {
  pattern: RegExp;
  unit: Unit;
  /** Base units per unit as a power of ten (平方米 = 1e-4 公顷), or a plain factor (亩 = 1/15 公顷). */
  exponent?: number;
  factor?: number;
}

const UNIT_WORDS: UnitWord[] = [
  { pattern: /^元/u, unit: 'yuan', exponent: 0 },
  { pattern: /^(?:公顷|公頃)/u, unit: 'hectare', exponent: 0 },
  { pattern: /^(?:平方公里|平方千米|km²|km2)/u, unit: 'hectare', exponent: 2 },
  { pattern: /^(?:平方米|平米|㎡|m²)/u, unit: 'hectare', exponent: -4 },
  { pattern: /^(?:亩|畝)/u, unit: 'hectare', factor: 1 / 15 },
  // 个月, 个小时 are durations and 个百分点 is a difference of percentages, not counts.
  { pattern: /^[个個](?!月|小时|小時|工作日|季度|星期|百分点|百分點|多月|半月)/u, unit: 'count', exponent: 0 },
  { pattern: /^[项項](?!目)/u, unit: 'count', exponent: 0 },
  { pattern: /^家(?!庭|乡|鄉|属|屬)/u, unit: 'count', exponent: 0 },
  { pattern: /^%/u, unit: 'percent', exponent: 0 },
];

// Units of measures a project states (capacity, output, beds, staff, length …), to the form copy desks write them.
// A rate takes /年 or /周 when the text says so right after (万辆/年, 每年).
interface MeasureWord {
  pattern: RegExp;
  unit: string;
}
const MEASURE_WORDS: MeasureWord[] = [
  { pattern: /^(?:千瓦时|千瓦小时|kWh|KWh|kwh|度(?=电|[，。；、,;]|$|的))/u, unit: '千瓦时' },
  { pattern: /^(?:吉瓦时|GWh|GWH)/u, unit: 'GWh' },
  { pattern: /^(?:兆瓦时|MWh)/u, unit: 'MWh' },
  { pattern: /^(?:千瓦|kW|KW|kw)/u, unit: '千瓦' },
  { pattern: /^(?:兆瓦|MW)/u, unit: '兆瓦' },
  { pattern: /^(?:吉瓦|GW)/u, unit: 'GW' },
  { pattern: /^(?:立方米|m³|方(?=[，。；、,;的]|$))/u, unit: '立方米' },
  { pattern: /^(?:标准箱|TEU)/u, unit: '标准箱' },
  { pattern: /^(?:吨|噸)/u, unit: '吨' },
  { pattern: /^(?:公里|千米|km)/u, unit: '公里' },
  { pattern: /^米(?![的粒])/u, unit: '米' },
  { pattern: /^人次/u, unit: '人次' },
  { pattern: /^(?:名|人)(?!民|才|员[的])/u, unit: '人' },
  { pattern: /^(?:辆|輛)/u, unit: '辆' },
  { pattern: /^(?:台|臺)(?!湾|灣|州|商|胞|资|資)/u, unit: '台' },
  { pattern: /^(?:套)/u, unit: '套' },
  { pattern: /^(?:张|張)(?=[\p{Script=Han}]{0,4}(?:床|病床)|[，。；、,;]|$)/u, unit: '张' },
  { pattern: /^(?:座)/u, unit: '座' },
  { pattern: /^(?:栋|棟|幢)/u, unit: '栋' },
  { pattern: /^(?:条|條)(?!件|例|款)/u, unit: '条' },
  { pattern: /^线(?=[，。；、,;]|$)/u, unit: '线' },
  { pattern: /^(?:间|間)/u, unit: '间' },
  { pattern: /^(?:户|戶)/u, unit: '户' },
  { pattern: /^(?:个月|個月)/u, unit: '月' },
];
const RATE_AFTER = /^(?:\/|／|每)(年|周|日|天|月)/u;

// Amounts in another currency are not yuan, and are not read at all rather than misread.
const FOREIGN_CURRENCY = /^(?:美元|美金|欧元|歐元|日元|港元|港币|港幣|英镑|英鎊|韩元|韓元|卢布|盧布)/u;

// Big units after Arabic digits: 5千万 is 5e7, 1.5万亿 is 1.5e12, 5.2万万 (an old way to write 亿) 5.2e8. 千 alone
// is left out: 5千米 is five kilometres.
const ARABIC_BIG = /^(?:万亿|萬億|万万|萬萬|千万|千萬|百万|百萬|十万|十萬|万|萬|亿|億)/u;
const BIG_EXPONENT: Record<string, number> = {
  万亿: 12, 萬億: 12, 万万: 8, 萬萬: 8, 千万: 7, 千萬: 7, 百万: 6, 百萬: 6, 十万: 5, 十萬: 5, 万: 4, 萬: 4, 亿: 8, 億: 8,
};

// ------------------------------------------------------------------------------------------ qualifiers

const PREFIXES: Array<[string, Qualifier]> = [
  ['不少于', 'at-least'], ['不少於', 'at-least'], ['不低于', 'at-least'], ['不低於', 'at-least'], ['至少', 'at-least'],
  ['不超过', 'at-most'], ['不超過', 'at-most'], ['不高于', 'at-most'], ['不高於', 'at-most'], ['最多', 'at-most'],
  ['不到', 'under'], ['不足', 'under'], ['近', 'under'],
  ['超过', 'over'], ['超過', 'over'], ['超', 'over'], ['逾', 'over'],
  ['大约', 'about'], ['大約', 'about'], ['约为', 'about'], ['約為', 'about'], ['约', 'about'], ['約', 'about'],
];
// Words that end in a qualifier character but qualify nothing: 节约5亿元 saved, 签约5个 signed, 最近5年.
const NOT_A_PREFIX = /(?:[节節签簽制预預合履公条條违違特邀集践踐相失毁毀婚誓]约|[节節签簽制预預合履公条條违違特邀集践踐相失毁毀婚誓]約|[最附临臨]近|[赶趕]超)$/u;
const SUFFIXES: Array<[string, Qualifier]> = [
  ['以上', 'at-least'], ['以下', 'at-most'], ['以内', 'at-most'], ['以內', 'at-most'], ['左右', 'about'],
];
const MORE = /^[余餘多]/u;
// 几十个, 数十万元: vague, not a number; 第三个 is an ordinal.
const VAGUE_BEFORE = /[几幾数數第]$/u;

const RANGE_SEPARATOR = /^\s*(?:至|到|~|-|–|—{1,2}|―|〜)\s*/u;

// ------------------------------------------------------------------------------------------ numbers

interface NumberToken {
  end: number;
  /** The number as a decimal string (Arabic) or a value (Chinese numerals). */
  decimal: string;
  /** Power of ten of the last stated digit (5.2 → -1, 三十 → 1). */
  lastPlace: number;
}

const ARABIC = /(\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+(?![\d])|\d+)(?:\.(\d+))?/y;

function readArabic(text: string, index: number): NumberToken | undefined {
  ARABIC.lastIndex = index;
  const match = ARABIC.exec(text);
  if (!match) return undefined;
  const integer = (match[1] ?? '').replace(/[, \u00a0\u2009\u202f]/gu, '');
  const fraction = match[2] ?? '';
  return { end: index + match[0].length, decimal: fraction ? `${integer}.${fraction}` : integer, lastPlace: -fraction.length };
}

/** 一千二百万 → 12000000, 三点五 → 3.5, 两 → 2; undefined for what is not a Chinese numeral. */
export function parseChineseNumber(text: string): number | undefined {
  const parsed = readChinese(text, 0);
  return parsed && parsed.end === text.length ? Number(parsed.decimal) : undefined;
}

function readChinese(text: string, index: number): NumberToken | undefined {
  if (!CHINESE_START.test(text[index] ?? '')) return undefined;
  let end = index;
  while (end < text.length && CHINESE_NUMERAL.test(text[end] ?? '')) end++;
  // A numeral never ends in 点 (十点 is ten o'clock); give the trailing characters back.
  while (end > index && DECIMAL_POINT.has(text[end - 1] ?? '')) end--;
  const chars = [...text.slice(index, end)];
  let total = 0; // everything before the last 亿
  let section = 0; // below 亿, already multiplied by 万
  let group = 0; // below 万
  let digit: number | undefined;
  let lastPlace = 0;
  let fraction = '';
  let digitsOnly = true;
  let run = ''; // 二〇二三: digits without units read as a digit string
  let unitBefore: number | undefined; // the unit just before the current digit, if nothing came between
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (DECIMAL_POINT.has(char)) {
      // 三点五亿: digits after the point, then at most one big unit.
      let j = i + 1;
      while (j < chars.length && DIGIT_VALUES[chars[j]!] !== undefined) fraction += String(DIGIT_VALUES[chars[j++]!]);
      if (!fraction) return undefined;
      const integer = total + section + group + (digit ?? 0);
      const big = chars[j] !== undefined ? BIG_UNITS[chars[j]!] : undefined;
      if (j < chars.length && (big === undefined || j !== chars.length - 1)) return undefined;
      const exponent = big === undefined ? 0 : Math.log10(big);
      return {
        end: index + chars.slice(0, j + (big === undefined ? 0 : 1)).join('').length,
        decimal: String(Number(`${integer}.${fraction}e${exponent}`)),
        lastPlace: exponent - fraction.length,
      };
    }
    const value = DIGIT_VALUES[char];
    if (value !== undefined) {
      run += String(value);
      // 三四十, 一两个: neighbouring digits are an estimate, not a number.
      if (digit !== undefined && digit !== 0 && !digitsOnly) return undefined;
      digit = value;
      if (value === 0) unitBefore = undefined;
      continue;
    }
    digitsOnly = false;
    const small = SMALL_UNITS[char];
    if (small !== undefined) {
      group += (digit ?? 1) * small;
      if ((digit ?? 1) !== 0) lastPlace = Math.log10(small);
      digit = undefined;
      unitBefore = small;
      continue;
    }
    const big = BIG_UNITS[char]!;
    if (big === 1e8) {
      // 万亿: the 万 already sits in section, so 亿 multiplies everything so far.
      total = (total + section + group + (digit ?? 0)) * big;
      section = 0;
      lastPlace = (digit !== undefined && digit !== 0 ? 0 : lastPlace) + 8;
    } else {
      section += (group + (digit ?? 0)) * big;
      lastPlace = (digit !== undefined && digit !== 0 ? 0 : lastPlace) + 4;
    }
    group = 0;
    digit = undefined;
    unitBefore = big;
  }
  // Digits without units are a digit string (二〇二三) only with a zero in it; 三四 is "three or four".
  if (digitsOnly) return run.length === 1 || /0/u.test(run) ? { end, decimal: String(Number(run)), lastPlace: 0 } : undefined;
  let last = digit ?? 0;
  if (digit !== undefined && digit !== 0) {
    // A digit right after a unit stands one place lower: 一千二 is 1200, 三万五 35000; 一千零二 is 1002.
    const place = unitBefore === undefined || chars.at(-2) === undefined || DIGIT_VALUES[chars.at(-2)!] !== undefined ? 1 : unitBefore === 1e8 ? 1e7 : unitBefore === 1e4 ? 1e3 : unitBefore / 10;
    last = digit * place;
    lastPlace = Math.log10(place);
  }
  const value = total + section + group + last;
  return { end, decimal: String(value), lastPlace };
}

// ------------------------------------------------------------------------------------------ quantities

interface Part {
  start: number;
  end: number;
  decimal: string;
  lastPlace: number;
  /** Exponent of the big unit (万 → 4), if any. */
  big: number | undefined;
  unit: UnitWord | undefined;
  measure: string | undefined;
  more: boolean;
  prefix: Qualifier | undefined;
}

function readPrefix(text: string, index: number): { start: number; qualifier: Qualifier } | undefined {
  const before = text.slice(Math.max(0, index - 4), index);
  for (const [word, qualifier] of PREFIXES) {
    if (!before.endsWith(word)) continue;
    const start = index - word.length;
    if (NOT_A_PREFIX.test(text.slice(Math.max(0, start - 1), index))) return undefined;
    return { start, qualifier };
  }
  return undefined;
}

const SPACE = /^[ \u00a0\u2009\u202f]?/u;

function readPart(text: string, index: number): Part | undefined {
  const prefix = readPrefix(text, index);
  const number = readArabic(text, index) ?? readChinese(text, index);
  if (!number) return undefined;
  const chinese = !/\d/u.test(text[index] ?? '');
  let position = number.end;
  let more = false;
  const skipMore = () => {
    const match = MORE.exec(text.slice(position, position + 1));
    if (match) {
      more = true;
      position += 1;
    }
  };
  skipMore();
  let big: number | undefined;
  if (!chinese) {
    const space = SPACE.exec(text.slice(position))?.[0].length ?? 0;
    const match = ARABIC_BIG.exec(text.slice(position + space));
    if (match) {
      big = BIG_EXPONENT[match[0]];
      position += space + match[0].length;
      skipMore();
    }
  } else if (/[万萬亿億]$/u.test(text.slice(index, number.end))) {
    big = 0; // the big unit is inside the numeral's value already
  } else if (more) {
    // 十余亿元: the big unit comes after 余.
    const match = ARABIC_BIG.exec(text.slice(position));
    if (match) {
      big = BIG_EXPONENT[match[0]];
      position += match[0].length;
    }
  }
  const rest = text.slice(position);
  if (FOREIGN_CURRENCY.test(rest.replace(SPACE, ''))) return undefined;
  let unit: UnitWord | undefined;
  let measure: string | undefined;
  const space = SPACE.exec(rest)?.[0].length ?? 0;
  for (const word of UNIT_WORDS) {
    const match = word.pattern.exec(rest.slice(space));
    if (match) {
      unit = word;
      position += space + match[0].length;
      break;
    }
  }
  // After a Chinese numeral a counter is often an idiom (一线, 一台戏, 一座城): measures need digits or 万/亿.
  if (!unit && (!chinese || big !== undefined)) {
    for (const word of MEASURE_WORDS) {
      const match = word.pattern.exec(rest.slice(space));
      if (!match) continue;
      measure = word.unit;
      position += space + match[0].length;
      const rate = RATE_AFTER.exec(text.slice(position));
      if (rate) {
        measure += `/${rate[1] === '天' ? '日' : rate[1]}`;
        position += rate[0].length;
      }
      break;
    }
  }
  return {
    start: prefix?.start ?? index,
    end: position,
    decimal: number.decimal,
    lastPlace: number.lastPlace,
    big,
    unit,
    measure,
    more,
    prefix: prefix?.qualifier,
  };
}

function toBase(part: Part, big: number | undefined, unit: UnitWord | undefined): { value: number; step: number } {
  const exponent = (big ?? 0) + (unit?.exponent ?? 0);
  const factor = unit?.factor ?? 1;
  const value = Number(`${part.decimal}e${exponent}`) * factor;
  const step = unit?.unit === 'count' ? 1 : Number(`1e${part.lastPlace + exponent}`) * factor;
  return { value, step };
}

function readQuantityAt(text: string, index: number): FoundQuantity | undefined {
  const first = readPart(text, index);
  if (!first) return undefined;
  let last = first;
  let valueMax: number | undefined;
  let big = first.big;
  let unit = first.unit;
  let measure = first.measure;
  const separator = RANGE_SEPARATOR.exec(text.slice(first.end));
  if (separator && !first.more) {
    const secondStart = first.end + separator[0].length;
    const second = /\d/u.test(text[secondStart] ?? '') || CHINESE_START.test(text[secondStart] ?? '') ? readPart(text, secondStart) : undefined;
    const compatible =
      second &&
      !second.prefix &&
      (second.unit !== undefined || second.big !== undefined || second.measure !== undefined) &&
      (first.unit === undefined || first.unit.unit === second.unit?.unit) &&
      (first.measure === undefined || first.measure === second.measure);
    if (second && compatible) {
      const firstBig = first.big ?? (first.unit === undefined ? second.big : undefined);
      const lower = toBase(first, firstBig, second.unit ?? first.unit);
      const upper = toBase(second, second.big, second.unit ?? first.unit);
      if (upper.value > lower.value) {
        last = second;
        valueMax = upper.value;
        big = firstBig;
        unit = second.unit ?? first.unit;
        measure = second.measure ?? first.measure;
      }
    }
  }
  if (big === undefined && unit === undefined && measure === undefined) return undefined;

  let end = last.end;
  let qualifier: Qualifier = first.prefix ?? (first.more || last.more ? 'over' : 'exact');
  for (const [word, suffixQualifier] of SUFFIXES) {
    if (text.startsWith(word, end)) {
      end += word.length;
      if (qualifier === 'exact') qualifier = suffixQualifier;
      break;
    }
  }
  const { value, step } = toBase(first, big, unit);
  const quantity: FoundQuantity = {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    value,
    qualifier,
    unit: unit?.unit,
    step: Math.min(step, valueMax === undefined ? step : toBase(last, last.big, unit).step),
  };
  if (valueMax !== undefined) quantity.valueMax = valueMax;
  if (measure !== undefined) quantity.measure = measure;
  return quantity;
}

/** Every quantity in a text, in order, with its offsets. */
export function findQuantities(input: string): FoundQuantity[] {
  const text = normalise(input);
  const found: FoundQuantity[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const previous = text[index - 1] ?? '';
    const startsNumber =
      (/\d/u.test(char) && !/[\d.]/u.test(previous)) ||
      (CHINESE_START.test(char) && !CHINESE_NUMERAL.test(previous));
    const percentWords = text.startsWith('百分之', index);
    if (percentWords) {
      const quantity = readPercentWords(text, index);
      if (quantity) {
        found.push({ ...quantity, text: input.slice(quantity.start, quantity.end) });
        index = quantity.end;
        continue;
      }
    }
    const bare = startsNumber ? undefined : readBareMagnitude(text, index);
    if (bare) {
      found.push({ ...bare, text: input.slice(bare.start, bare.end) });
      index = bare.end;
      continue;
    }
    if (startsNumber && !VAGUE_BEFORE.test(text.slice(0, index))) {
      const quantity = readQuantityAt(text, index);
      if (quantity) {
        found.push({ ...quantity, text: input.slice(quantity.start, quantity.end) });
        index = quantity.end;
        continue;
      }
    }
    index++;
  }
  return found;
}

// An order of magnitude without a number, as papers round: 超亿元 (over 1亿元), 上亿元, 近亿元 (under), 数千万元
// (several: more than 1千万), 超千亿元, 亿元以上. Only amounts of money, and only with a qualifier that says which
// side of the magnitude it is: a bare 亿元 is a unit, not an amount.
const BARE_MAGNITUDE = /^(超过|超過|超|上|逾|过|過|近|数|數|几|幾)?([十百千])?(万亿|萬億|亿|億|万|萬)(元|人民币)(以上|左右)?/u;
const BARE_QUALIFIER: Record<string, Qualifier> = { 超过: 'over', 超過: 'over', 超: 'over', 上: 'over', 逾: 'over', 过: 'over', 過: 'over', 近: 'under', 数: 'over', 數: 'over', 几: 'over', 幾: 'over' };

function readBareMagnitude(text: string, index: number): (Omit<FoundQuantity, 'text'> & { text: string }) | undefined {
  const match = BARE_MAGNITUDE.exec(text.slice(index));
  if (!match || (!match[1] && !match[5])) return undefined;
  // Part of a larger number or word: 5亿元 is read as a number, 签约上亿元 is fine, 以上亿元 is not a thing.
  if (/[\d.零〇一二两三四五六七八九十百千万亿]/u.test(text[index - 1] ?? '')) return undefined;
  const small = match[2] ? SMALL_UNITS[match[2]]! : 1;
  const value = small * BIG_EXPONENT_VALUE[match[3]!]!;
  const qualifier: Qualifier = match[1] ? BARE_QUALIFIER[match[1]]! : match[5] === '以上' ? 'at-least' : 'about';
  return { start: index, end: index + match[0].length, text: match[0], value, qualifier, unit: 'yuan', step: value };
}

const BIG_EXPONENT_VALUE: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4 };

// 百分之六十九点七 → 69.7%.
function readPercentWords(text: string, index: number): FoundQuantity | undefined {
  const numberStart = index + 3;
  const number = readChinese(text, numberStart) ?? readArabic(text, numberStart);
  if (!number) return undefined;
  const prefix = readPrefix(text, index);
  let end = number.end;
  let qualifier: Qualifier = prefix?.qualifier ?? 'exact';
  for (const [word, suffixQualifier] of SUFFIXES) {
    if (text.startsWith(word, end)) {
      end += word.length;
      if (qualifier === 'exact') qualifier = suffixQualifier;
      break;
    }
  }
  const start = prefix?.start ?? index;
  return { start, end, text: text.slice(start, end), value: Number(number.decimal), qualifier, unit: 'percent', step: Number(`1e${number.lastPlace}`) };
}

/** The quantity a whole string states (surrounding spaces allowed), or undefined. */
export function parseQuantity(text: string): FoundQuantity | undefined {
  const trimmed = text.trim();
  const [only, ...rest] = findQuantities(trimmed);
  return only && rest.length === 0 && only.start === 0 && only.end === trimmed.length ? only : undefined;
}

/** Whether two amounts agree at the precision the text stated: 5.2亿元 agrees with 523000000, not with 530000000. */
export function agreesAtStatedPrecision(stated: number, step: number, value: number): boolean {
  return Math.abs(stated - value) <= step / 2 + Math.abs(value) * 1e-12;
}
