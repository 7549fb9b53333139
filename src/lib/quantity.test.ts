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

/** [text, value, valueMax, qualifier, unit, measure] of each quantity found. */
function found(text: string) {
  return findQuantities(text).map((q) => [q.text, q.value, q.valueMax, q.qualifier, q.unit, q.measure]);
}

describe('orders of magnitude without a number', () => {
  it.each([
    ['超亿元', 1e8, 'over'],
    ['上亿元', 1e8, 'over'],
    ['过亿元', 1e8, 'over'],
    ['逾千万元', 1e7, 'over'],
    ['近亿元', 1e8, 'under'],
    ['近千万元', 1e7, 'under'],
    ['数千万元', 1e7, 'over'],
    ['几百亿元', 1e10, 'over'],
    ['超千亿元', 1e11, 'over'],
    ['超过百亿元', 1e10, 'over'],
    ['超万亿元', 1e12, 'over'],
    ['亿元以上', 1e8, 'at-least'],
    ['千万元以上', 1e7, 'at-least'],
    ['亿元左右', 1e8, 'about'],
    ['上亿人民币', 1e8, 'over'],
  ] as const)('reads %s as %d yuan, %s', (text, value, qualifier) => {
    expect(found(text)).toEqual([[text, value, undefined, qualifier, 'yuan', undefined]]);
    // The magnitude is all the text states.
    expect(parseQuantity(text)?.step).toBe(value);
  });

  it('needs a word that says which side of the magnitude: a bare 亿元 is a unit', () => {
    expect(findQuantities('亿元项目')).toEqual([]);
    expect(findQuantities('千万元')).toEqual([]);
  });

  it('reads each magnitude in a sentence, at its offsets, and does not read 5亿元 as 亿元', () => {
    const text = '年销售收入超亿元，利润数千万元，总投资5亿元';
    expect(findQuantities(text).map((q) => [text.slice(q.start, q.end), q.value, q.qualifier])).toEqual([
      ['超亿元', 1e8, 'over'],
      ['数千万元', 1e7, 'over'],
      ['5亿元', 5e8, 'exact'],
    ]);
  });

  it('reads 过亿元 before a count as the count’s threshold, and the count after it', () => {
    expect(found('新开工过亿元项目37个')).toEqual([
      ['过亿元', 1e8, undefined, 'over', 'yuan', undefined],
      ['37个', 37, undefined, 'exact', 'count', undefined],
    ]);
  });
});

describe('amounts papers round with 余 and 多, and ranges', () => {
  it.each([
    ['十余亿元', 1e9, 'over', 'yuan'],
    ['十多亿元', 1e9, 'over', 'yuan'],
    ['10余万平方米', 10, 'over', 'hectare'],
  ] as const)('reads %s as more than %d', (text, value, qualifier, unit) => {
    expect(found(text)).toEqual([[text, value, undefined, qualifier, unit, undefined]]);
  });

  it.each([
    ['3至5亿元', 3e8, 5e8, 'yuan'],
    ['1到2亿元', 1e8, 2e8, 'yuan'],
    ['3万至5万平方米', 3, 5, 'hectare'],
  ] as const)('reads the range %s with the second part’s magnitude and unit', (text, value, valueMax, unit) => {
    expect(found(text)).toEqual([[text, value, valueMax, 'exact', unit, undefined]]);
  });

  it('reads a range of a measure', () => {
    expect(found('1000—1500张')).toEqual([['1000—1500张', 1000, 1500, 'exact', undefined, '张']]);
    expect(found('3至5万千瓦')).toEqual([['3至5万千瓦', 30000, 50000, 'exact', undefined, '千瓦']]);
  });
});

describe('areas in square metres', () => {
  it('reads 1.2万平方米 as 1.2 hectares, stated to a tenth', () => {
    const quantity = parseQuantity('1.2万平方米');
    expect([quantity?.value, quantity?.unit, quantity?.qualifier]).toEqual([1.2, 'hectare', 'exact']);
    expect(quantity?.step).toBeCloseTo(0.1, 12);
  });

  it.each([
    ['约3万平方米', 3, 'about'],
    ['超5万平方米', 5, 'over'],
    ['1.2万平米', 1.2, 'exact'],
  ] as const)('reads %s', (text, value, qualifier) => {
    expect(found(text)).toEqual([[text, value, undefined, qualifier, 'hectare', undefined]]);
  });
});

describe('amounts without 元', () => {
  it('reads an amount with 万 or 亿 but no unit, for the caller to take as money where the words say so', () => {
    expect(found('计划投资5.5亿')).toEqual([['5.5亿', 5.5e8, undefined, 'exact', undefined, undefined]]);
    expect(parseQuantity('5.5亿')?.step).toBe(1e7);
    expect(found('3.5亿至5亿')).toEqual([['3.5亿至5亿', 3.5e8, 5e8, 'exact', undefined, undefined]]);
  });

  it('does not read a number without 万, 亿 or a unit', () => {
    expect(findQuantities('计划投资5.5')).toEqual([]);
  });
});

describe('measures', () => {
  it.each([
    ['1600万千瓦', 1.6e7, 'exact', '千瓦'],
    ['约1600万千瓦', 1.6e7, 'about', '千瓦'],
    ['1600万千瓦以上', 1.6e7, 'at-least', '千瓦'],
    ['10万千瓦时', 1e5, 'exact', '千瓦时'],
    ['30万吨/年', 3e5, 'exact', '吨/年'],
    ['100万吨每年', 1e6, 'exact', '吨/年'],
    ['3000辆/周', 3000, 'exact', '辆/周'],
    ['100GWh/年', 100, 'exact', 'GWh/年'],
    ['50万人次/年', 5e5, 'exact', '人次/年'],
    ['超过50万人次', 5e5, 'over', '人次'],
    ['近2000名', 2000, 'under', '人'],
    ['100余名', 100, 'over', '人'],
    ['三十万吨', 3e5, 'exact', '吨'],
    ['12座', 12, 'exact', '座'],
    ['300米', 300, 'exact', '米'],
  ] as const)('reads %s as %d in %s, %s', (text, value, qualifier, measure) => {
    expect(found(text)).toEqual([[text, value, undefined, qualifier, undefined, measure]]);
  });

  it('reads a counter as the measure and leaves the noun after it', () => {
    expect(found('1500张床位')).toEqual([['1500张', 1500, undefined, 'exact', undefined, '张']]);
    expect(found('4万名技术工人')).toEqual([['4万名', 40000, undefined, 'exact', undefined, '人']]);
    expect(found('8台机组')).toEqual([['8台', 8, undefined, 'exact', undefined, '台']]);
    expect(found('3条生产线')).toEqual([['3条', 3, undefined, 'exact', undefined, '条']]);
    expect(found('站场规模11台19线')).toEqual([
      ['11台', 11, undefined, 'exact', undefined, '台'],
      ['19线', 19, undefined, 'exact', undefined, '线'],
    ]);
  });

  it('does not read a counter that measures nothing a project states', () => {
    expect(findQuantities('3张图片')).toEqual([]);
    expect(findQuantities('唱一台戏')).toEqual([]); // a Chinese numeral with a counter is an idiom without 万 or 亿
  });
});
