// Numbers as Chinese readers read them: amounts in 万/亿 (5.2亿元, 500万元), areas in 公顷, qualifiers in words
// (约, 超, 以上). Intl's zh-CN compact notation does the 万/亿 grouping.

import type { Qualifier } from './schema.ts';
import { MU_PER_HECTARE } from './derived.ts';

export type Unit = 'yuan' | 'hectare' | 'count' | 'percent';

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

const UNIT_SUFFIX: Record<Unit, string> = { yuan: '元', hectare: '公顷', count: '个', percent: '%' };

/** 520000000 → "5.2亿", 5000000 → "500万", 1.5e12 → "1.5万亿". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** A bare number in a fixed magnitude, for axes where every tick shares one unit: (34000000, 1e8) → "0.34". */
export function formatInMagnitude(value: number, magnitude: 1 | 1e4 | 1e8, fractionDigits = 2): string {
  return numberFormat({ maximumFractionDigits: fractionDigits, useGrouping: false }).format(value / magnitude);
}

// Making an Intl.NumberFormat costs far more than formatting with one, and every page formats hundreds of figures.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('zh-CN', options)));
  return format;
}

/** The magnitude a set of amounts reads best in: 亿 when the largest reaches 1亿, else 万, else 元. */
export function magnitudeFor(values: readonly number[]): { magnitude: 1 | 1e4 | 1e8; prefix: '' | '万' | '亿' } {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 1e8) return { magnitude: 1e8, prefix: '亿' };
  if (largest >= 1e4) return { magnitude: 1e4, prefix: '万' };
  return { magnitude: 1, prefix: '' };
}

function formatNumber(value: number, unit: Unit): string {
  switch (unit) {
    case 'yuan':
      return `${formatCompact(value)}元`;
    case 'percent':
      return `${plain.format(value)}%`;
    default:
      return `${plain.format(value)}${UNIT_SUFFIX[unit]}`;
  }
}

/** Wraps a formatted amount in its qualifier, as Chinese reports write it: 约5.2亿元, 500万元以上. */
export function qualify(text: string, qualifier: Qualifier = 'exact'): string {
  switch (qualifier) {
    case 'exact':
      return text;
    case 'about':
      return `约${text}`;
    case 'over':
      return `超${text}`;
    case 'at-least':
      return `${text}以上`;
    case 'under':
      return `不到${text}`;
    case 'at-most':
      return `不超过${text}`;
  }
}

export interface Quantity {
  value: number;
  valueMax?: number | undefined;
  qualifier?: Qualifier | undefined;
}

/** A reported quantity with its unit, range and qualifier: "5.2亿元", "约10公顷", "500万—1000万元". */
export function formatQuantity(quantity: Quantity, unit: Unit): string {
  if (quantity.valueMax === undefined) return qualify(formatNumber(quantity.value, unit), quantity.qualifier);
  const lower = formatNumber(quantity.value, unit);
  const upper = formatNumber(quantity.valueMax, unit);
  // The lower end drops its unit only when it shares the upper end's magnitude: "9999—2万元" would read as 9999万.
  const magnitude = (text: string) => /(万亿|万|亿)?(?:元|个|%|公顷)$/u.exec(text)?.[1] ?? '';
  const lowerText = magnitude(lower) === magnitude(upper) ? lower.replace(/(?:元|个|%|公顷)$/u, '') : lower;
  return qualify(`${lowerText}—${upper}`, quantity.qualifier);
}

export function formatYuan(value: number, qualifier?: Qualifier): string {
  return formatQuantity({ value, qualifier }, 'yuan');
}

/** 43 → "43个". */
export function formatCount(value: number): string {
  return formatNumber(value, 'count');
}

/** 69.767… → "69.77%" (or to the given decimals). */
export function formatPercent(value: number, decimals = 2): string {
  return `${numberFormat({ maximumFractionDigits: decimals }).format(value)}%`;
}

/** Investment intensity both ways Chinese planners quote it: per 公顷 and per 亩. */
export function formatYuanPerArea(yuanPerHectare: number): { perHectare: string; perMu: string } {
  return {
    perHectare: `${formatCompact(yuanPerHectare)}元/公顷`,
    perMu: `${formatCompact(yuanPerHectare / MU_PER_HECTARE)}元/亩`,
  };
}

/** 3.0588 → "3.1年". */
export function formatYears(years: number): string {
  return `${numberFormat({ maximumFractionDigits: 1 }).format(years)}年`;
}

/** 0.0654 yuan per yuan → "0.065元". */
export function formatYuanPerYuan(ratio: number): string {
  return `${numberFormat({ maximumSignificantDigits: 2 }).format(ratio)}元`;
}

/** "phase-1" → "一期"; "project" → "全项目". */
export function formatScope(scope: string): string {
  if (scope === 'project') return '全项目';
  const phase = /^phase-(\d+)$/.exec(scope);
  if (!phase) return scope;
  const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const n = Number(phase[1]);
  return `${n <= 10 ? digits[n] : n}期`;
}
