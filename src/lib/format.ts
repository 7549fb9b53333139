// Numbers as Chinese readers read them: amounts in 万/亿 (5.2亿元, 500万元), areas in 公顷, qualifiers in words
// (约, 超, 以上). Amounts shown together (one table, card, chart or list) share one unit, chosen from the figures
// shown (amountUnitFor), and keep every digit the source gave: 0.34亿元 is never rounded, and never becomes
// 3400万元 beside 5.24亿元. Ratios the site computes are rounded to the precision of their inputs.
// The words (units, qualifiers, phases) are the site's strings (src/i18n); 万 and 亿 belong to the number itself.

import strings from '../i18n/zh-Hans.json' with { type: 'json' };
import type { Qualifier } from './schema.ts';
import { MU_PER_HECTARE } from './derived.ts';
import { fill } from './template.ts';

export type Unit = 'yuan' | 'hectare' | 'count' | 'percent';

export type Magnitude = 1 | 1e4 | 1e8;

/** The unit a set of amounts is written in: 亿元, 万元 or 元. */
export interface AmountUnit {
  magnitude: Magnitude;
  prefix: '' | '万' | '亿';
}

const words = strings.format;
const UNIT_SUFFIX: Record<Unit, string> = words.unit;
const YUAN = UNIT_SUFFIX.yuan;
const PHASE_NUMERALS = [...words.phaseNumerals];

// Making an Intl.NumberFormat costs far more than formatting with one, and every page formats hundreds of figures.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat('zh-CN', options)));
  return format;
}

/** Fraction digits that write any whole number of yuan exactly in a magnitude: 1元 is 0.00000001亿. */
const EXACT_DIGITS: Record<Magnitude, number> = { 1: 2, 1e4: 4, 1e8: 8 };

/**
 * A bare number in a fixed magnitude, every digit of the value kept (34000000, 1e8) → "0.34"; pass fractionDigits
 * to round, as axis ticks do.
 */
export function formatInMagnitude(value: number, magnitude: Magnitude, fractionDigits = EXACT_DIGITS[magnitude]): string {
  // toPrecision(12) first: 34000000 / 1e8 is 0.34 in decimal but not in binary.
  return numberFormat({ maximumFractionDigits: fractionDigits, useGrouping: false }).format(Number((value / magnitude).toPrecision(12)));
}

/** The unit a set of amounts reads best in: 亿 when the largest reaches 1亿, else 万 when it reaches 1万, else 元. */
export function amountUnitFor(values: readonly number[]): AmountUnit {
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 1e8) return { magnitude: 1e8, prefix: '亿' };
  if (largest >= 1e4) return { magnitude: 1e4, prefix: '万' };
  return { magnitude: 1, prefix: '' };
}

/** 520000000 → "5.2亿", 5000000 → "500万", 12345678 → "1234.5678万": its own unit, every digit kept. */
export function formatCompact(value: number): string {
  const { magnitude, prefix } = amountUnitFor([value]);
  return `${formatInMagnitude(value, magnitude)}${prefix}`;
}

const plain = (value: number) => numberFormat({ maximumFractionDigits: 2 }).format(value);

/** Wraps a formatted amount in its qualifier, as Chinese reports write it: 约5.2亿元, 500万元以上. */
export function qualify(text: string, qualifier: Qualifier = 'exact'): string {
  return qualifier === 'exact' ? text : fill(words.qualifier[qualifier], { text });
}

export interface Quantity {
  value: number;
  valueMax?: number | undefined;
  qualifier?: Qualifier | undefined;
}

/**
 * A reported quantity with its unit, range and qualifier: "5.2亿元", "约10公顷", "500万—1000万元". Amounts are
 * written in `amountUnit` when given (every amount of a table in 亿元: "0.34亿元"), else each in its own.
 */
export function formatQuantity(quantity: Quantity, unit: Unit, amountUnit?: AmountUnit): string {
  if (unit !== 'yuan') {
    const suffix = UNIT_SUFFIX[unit];
    const text = quantity.valueMax === undefined ? `${plain(quantity.value)}${suffix}` : `${plain(quantity.value)}—${plain(quantity.valueMax)}${suffix}`;
    return qualify(text, quantity.qualifier);
  }
  const shared = amountUnit ?? (quantity.valueMax === undefined ? amountUnitFor([quantity.value]) : undefined);
  if (shared) {
    const amount = (value: number) => formatInMagnitude(value, shared.magnitude);
    const text = quantity.valueMax === undefined ? amount(quantity.value) : `${amount(quantity.value)}—${amount(quantity.valueMax)}`;
    return qualify(`${text}${shared.prefix}${YUAN}`, quantity.qualifier);
  }
  // A range with no shared unit: each end in its own, and the lower end keeps its unit unless both share one
  // ("9999—2万元" would read as 9999万).
  const lower = amountUnitFor([quantity.value]);
  const upper = amountUnitFor([quantity.valueMax!]);
  const lowerText = lower.magnitude === upper.magnitude ? formatInMagnitude(quantity.value, lower.magnitude) : `${formatCompact(quantity.value)}${YUAN}`;
  return qualify(`${lowerText}—${formatCompact(quantity.valueMax!)}${YUAN}`, quantity.qualifier);
}

export function formatYuan(value: number, qualifier?: Qualifier, amountUnit?: AmountUnit): string {
  return formatQuantity({ value, qualifier }, 'yuan', amountUnit);
}

/** 43 → "43个". */
export function formatCount(value: number): string {
  return formatQuantity({ value }, 'count');
}

/** 69.767… → "69.77%" (or to the given decimals). */
export function formatPercent(value: number, decimals = 2): string {
  return `${numberFormat({ maximumFractionDigits: decimals }).format(value)}%`;
}

/**
 * How many significant digits a reported number carries: 520000000 (5.2亿) → 2, 0.34 → 2, 69.7 → 3. Trailing
 * zeros of a whole number say nothing about precision (10公顷 may be 10 or 10.4), so at least two are assumed.
 */
export function significantDigits(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 2;
  const digits = Math.abs(value).toPrecision(15).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(2, digits.length);
}

/** Rounds to n significant digits: (3466666.7, 2) → 3500000. */
export function roundToSignificant(value: number, digits: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(digits));
}

/**
 * Investment intensity both ways Chinese planners quote it, per 公顷 and per 亩, rounded to `digits` significant
 * digits (those of the least precise input): 5.2亿元 on 10公顷 → 5200万元/公顷, 350万元/亩 (not 346.67).
 */
export function formatYuanPerArea(yuanPerHectare: number, digits: number): { perHectare: string; perMu: string } {
  return {
    perHectare: fill(words.perHectare, { amount: formatCompact(roundToSignificant(yuanPerHectare, digits)) }),
    perMu: fill(words.perMu, { amount: formatCompact(roundToSignificant(yuanPerHectare / MU_PER_HECTARE, digits)) }),
  };
}

// ------------------------------------------------------------------------------------------ measures

/**
 * The magnitude a measure's values are written in (1600万千瓦, 50万辆/年, 530亿千瓦时, 1500张), shared by every report of
 * the measure so its history reads in one unit. 亿 from 1亿; 万 from 10万, or from 1万 when every value is a whole
 * number of thousands (4万人, but 16950亩 as the paper writes it). A unit that already carries a magnitude (万千瓦,
 * 亿元 typed as the unit) or is a percentage is written as it is; 元 follows the amounts' rule (amountUnitFor).
 */
export function measureMagnitudeFor(values: readonly number[], unit: string): AmountUnit {
  const none: AmountUnit = { magnitude: 1, prefix: '' };
  if (/^[万亿]/u.test(unit) || /^(?:%|％|‰|个百分点|百分点)$/u.test(unit)) return none;
  if (unit === '元') return amountUnitFor(values);
  const largest = Math.max(0, ...values.map(Math.abs));
  if (largest >= 1e8) return { magnitude: 1e8, prefix: '亿' };
  if (largest >= 1e5 || (largest >= 1e4 && values.every((value) => value % 1000 === 0))) return { magnitude: 1e4, prefix: '万' };
  return none;
}

// A unit written after a number the way Chinese writes it: 24个月, not 24月.
const MEASURE_UNIT_AFTER_NUMBER: Record<string, string> = { 月: '个月', 小时: '个小时' };

/** A measure's number in a magnitude, every digit kept, no digit grouping (16950, 24.64万). */
function measureNumber(value: number, magnitude: Magnitude): string {
  return numberFormat({ maximumFractionDigits: 8, useGrouping: false }).format(Number((value / magnitude).toPrecision(12)));
}

/**
 * A measure as readers read it, in the unit its source used: 1600万千瓦, 50万辆/年, 超50万人次/年, 1000—1500张,
 * 约24.64万平方米. Pass the magnitude of the measure's history (measureMagnitudeFor) so its reports read alike.
 */
export function formatMeasure(quantity: Quantity, unit: string, magnitude: AmountUnit = measureMagnitudeFor([quantity.value, ...(quantity.valueMax === undefined ? [] : [quantity.valueMax])], unit)): string {
  const suffix = `${magnitude.prefix}${MEASURE_UNIT_AFTER_NUMBER[unit] ?? unit}`;
  const number = (value: number) => measureNumber(value, magnitude.magnitude);
  const text = quantity.valueMax === undefined ? `${number(quantity.value)}${suffix}` : `${number(quantity.value)}—${number(quantity.valueMax)}${suffix}`;
  return qualify(text, quantity.qualifier);
}

/** "phase-1" → "一期"; "project" → "全项目". */
export function formatScope(scope: string): string {
  if (scope === 'project') return words.wholeProject;
  const phase = /^phase-(\d+)$/.exec(scope);
  if (!phase) return scope;
  const n = Number(phase[1]);
  return fill(words.phase, { n: n <= 10 ? PHASE_NUMERALS[n]! : n });
}
