import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatQuantity, type Unit } from './format.ts';
import { qualifiers, type Qualifier } from './schema.ts';
import { agreesAtStatedPrecision, findQuantities, parseChineseNumber, parseQuantity } from './quantity.ts';

function read(text: string) {
  const quantity = parseQuantity(text);
  if (!quantity) return undefined;
  const { value, valueMax, qualifier, unit } = quantity;
  return valueMax === undefined ? { value, qualifier, unit } : { value, valueMax, qualifier, unit };
}

describe('parseQuantity(text)', () => {
  it.each([
    ['5.2亿元', 520_000_000, 'yuan'],
    ['500萬元', 5_000_000, 'yuan'],
    ['5 000万元', 50_000_000, 'yuan'],
    ['0.34億元', 34_000_000, 'yuan'],
    ['1.5万亿元', 1.5e12, 'yuan'],
    ['5千万元', 50_000_000, 'yuan'],
    ['5.2万万元', 520_000_000, 'yuan'],
    ['１２３４５万元', 123_450_000, 'yuan'],
    ['10公頃', 10, 'hectare'],
    ['100万平方米', 100, 'hectare'],
    ['150亩', 10, 'hectare'],
    ['2平方公里', 200, 'hectare'],
    ['1,234.5公顷', 1234.5, 'hectare'],
    ['43個', 43, 'count'],
    ['三十个', 30, 'count'],
    ['15家', 15, 'count'],
    ['69.7%', 69.7, 'percent'],
    ['69.7％', 69.7, 'percent'],
    ['百分之六十九点七', 69.7, 'percent'],
    ['一千二百万元', 12_000_000, 'yuan'],
    ['一亿二千万元', 120_000_000, 'yuan'],
    ['三点五亿元', 350_000_000, 'yuan'],
    ['两亿', 200_000_000, undefined],
  ] as const)('reads %s as %d in %s', (text, value, unit) => {
    expect(read(text)).toEqual({ value, qualifier: 'exact', unit });
  });

  it.each([
    ['500至1000亿元', 5e10, 1e11],
    ['500-1000亿元', 5e10, 1e11],
    ['500～1000亿元', 5e10, 1e11],
    ['500~1000亿元', 5e10, 1e11],
    ['500万—1000万元', 5e6, 1e7],
    ['5亿到10亿元', 5e8, 1e9],
  ])('reads the range %s', (text, value, valueMax) => {
    expect(read(text)).toEqual({ value, valueMax, qualifier: 'exact', unit: 'yuan' });
  });

  it.each([
    ['投资500万元以上', 'at-least'],
    ['超5亿元', 'over'],
    ['超过5亿元', 'over'],
    ['超過5億元', 'over'],
    ['逾5亿元', 'over'],
    ['5亿余元', 'over'],
    ['3000余万元', 'over'],
    ['50余个', 'over'],
    ['三十多个', 'over'],
    ['约5亿元', 'about'],
    ['約5億元', 'about'],
    ['5亿元左右', 'about'],
    ['近5亿元', 'under'],
    ['不到5亿元', 'under'],
    ['不足5亿元', 'under'],
    ['不少于5亿元', 'at-least'],
    ['不少於5億元', 'at-least'],
    ['5億元以上', 'at-least'],
    ['3000餘萬元', 'over'],
    ['不超過5億元', 'at-most'],
    ['不超过5亿元', 'at-most'],
  ] as const)('reads the qualifier in %s as %s', (text, qualifier) => {
    const [quantity] = findQuantities(text);
    expect(quantity?.qualifier).toBe(qualifier);
    expect(text.endsWith(quantity?.text ?? '—')).toBe(true);
  });

  it('findQuantities reads a duration in months as a measure, not a count', () => {
    expect(findQuantities('建设工期24个月').map((q) => [q.text, q.value, q.unit, q.measure])).toEqual([['24个月', 24, undefined, '月']]);
  });

  it.each(['4月19日', '2023年', '二〇二三年', '六到一线', '第三个', '几十个', '数十个', '十几个', '三四个', '一两个', '上千个', '提高5个百分点', '5000万美元', '2023-05-10', '千方百计', '亿鑫化工'])(
    'finds no quantity in %s',
    (text) => {
      expect(findQuantities(text)).toEqual([]);
    },
  );

  it('does not take a word ending in 约 or 近 for a qualifier', () => {
    expect(findQuantities('节约5亿元').map((q) => [q.text, q.qualifier])).toEqual([['5亿元', 'exact']]);
    expect(findQuantities('签约5个项目').map((q) => [q.text, q.qualifier])).toEqual([['5个', 'exact']]);
  });

  it('gives offsets into the text it searched, full-width digits included', () => {
    const text = '该项目计划投资５.２亿元，占地面积10公顷。';
    const found = findQuantities(text);
    expect(found.map((q) => [q.text, text.slice(q.start, q.end), q.value])).toEqual([
      ['５.２亿元', '５.２亿元', 520_000_000],
      ['10公顷', '10公顷', 10],
    ]);
  });

  it('records how precisely the text states the amount', () => {
    expect(parseQuantity('5.2亿元')?.step).toBe(1e7);
    expect(parseQuantity('0.34亿元')?.step).toBe(1e6);
    expect(parseQuantity('一千二百万元')?.step).toBe(1e6);
    expect(parseQuantity('69.7%')?.step).toBeCloseTo(0.1);
    expect(parseQuantity('三十个')?.step).toBe(1); // counts are exact
  });
});

describe('parseChineseNumber(text)', () => {
  it.each([
    ['十', 10], ['十五', 15], ['二十', 20], ['一百零五', 105], ['一百五', 150], ['一千二', 1200], ['一千零二', 1002],
    ['三万五', 35_000], ['一万零五百', 10_500], ['一亿五', 150_000_000], ['一万亿', 1e12], ['两', 2], ['兩萬', 20_000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe('agreesAtStatedPrecision(stated, step, value)', () => {
  it('accepts a value that rounds to what the text states and nothing further off', () => {
    expect(agreesAtStatedPrecision(520_000_000, 1e7, 523_000_000)).toBe(true);
    expect(agreesAtStatedPrecision(520_000_000, 1e7, 526_000_000)).toBe(false);
    expect(agreesAtStatedPrecision(69.7, 0.1, 69.77)).toBe(false);
  });
});

// Amounts that formatQuantity writes without rounding: at most two decimals in the magnitude it picks.
const yuanValue = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.tuple(fc.integer({ min: 100, max: 999_999 }), fc.constantFrom(2, 6, 10)).map(([mantissa, exponent]) => Number(`${mantissa}e${exponent}`)),
);
const plainValue = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom(0, 1, 2)).map(([n, decimals]) => Number(`${n}e-${decimals}`));
const unitAndValue: fc.Arbitrary<[Unit, number]> = fc.oneof(
  yuanValue.map((value): [Unit, number] => ['yuan', value]),
  plainValue.map((value): [Unit, number] => ['hectare', value]),
  fc.integer({ min: 0, max: 9_999_999 }).map((value): [Unit, number] => ['count', value]),
  plainValue.map((value): [Unit, number] => ['percent', value]),
);

describe('formatting then parsing', () => {
  it('gives back the value, range, qualifier and unit formatQuantity was given', () => {
    fc.assert(
      fc.property(unitAndValue, fc.option(unitAndValue), fc.constantFrom<Qualifier>(...qualifiers), ([unit, value], upper, qualifier) => {
        const valueMax = upper && upper[0] === unit && upper[1] > value ? upper[1] : undefined;
        const text = formatQuantity({ value, valueMax, qualifier }, unit);
        const parsed = parseQuantity(text);
        expect(parsed, text).toBeDefined();
        expect(parsed!.unit, text).toBe(unit);
        expect(parsed!.qualifier, text).toBe(qualifier);
        expect(parsed!.value, text).toBeCloseTo(value, 6);
        expect(parsed!.valueMax, text).toBe(valueMax === undefined ? undefined : parsed!.valueMax);
        if (valueMax !== undefined) expect(parsed!.valueMax, text).toBeCloseTo(valueMax, 6);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds each formatted quantity inside Chinese prose at its offsets', () => {
    fc.assert(
      fc.property(fc.array(unitAndValue, { minLength: 1, maxLength: 4 }), (quantities) => {
        const written = quantities.map(([unit, value]) => formatQuantity({ value }, unit));
        const text = `项目${written.join('，另有')}。`;
        const found = findQuantities(text);
        expect(found.map((q) => text.slice(q.start, q.end))).toEqual(written);
        found.forEach((q, i) => expect(q.value).toBeCloseTo(quantities[i]![1], 6));
      }),
      { numRuns: 300 },
    );
  });
});
