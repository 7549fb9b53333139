import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineTerms, exactQuery, MAX_SPELLINGS, parseQuery, scoringQuery, spellings } from './query.ts';
import { excerptParts, findWord, readIndexed, storedText } from './excerpt.ts';
import { indexWords } from './indexText.ts';
import { DECIMAL, GAP } from './symbols.ts';
import { readVariants, NO_VARIANTS } from './variants.ts';

const variants = readVariants({ classes: ['華|华', '发|發髮', '5５|', 'a|ａ'] });

describe('parseQuery(input)', () => {
  it('splits words at spaces and keeps their symbols, whatever punctuation is typed', () => {
    expect(parseQuery(' “进度条”，  5.2亿元 ')).toEqual([
      { text: '“进度条”，', symbols: ['进', '度', '条'], lead: '“', trail: '”，' },
      { text: '5.2亿元', symbols: ['5', DECIMAL, '2', '亿', '元'], lead: '', trail: '' },
    ]);
  });
  it('reads full-width and upper-case letters and digits as their plain forms, and drops words of punctuation only', () => {
    expect(parseQuery('ＣＳＶ ５ 、 m²')).toEqual([
      { text: 'ＣＳＶ', symbols: ['c', 's', 'v'], lead: '', trail: '' },
      { text: '５', symbols: ['5'], lead: '', trail: '' },
      { text: 'm²', symbols: ['m', '2'], lead: '', trail: '' },
    ]);
  });
});

describe('spellings(term, variants)', () => {
  it('searches each symbol in every form the pages use, in either script', () => {
    expect(spellings(parseQuery('华理')[0]!, variants)).toEqual([['華', '理']]);
    expect(spellings(parseQuery('頭髮')[0]!, variants)).toEqual([['頭', '发']]);
    expect(spellings(parseQuery('发展')[0]!, readVariants({ classes: ['發髮|发'] }))).toEqual([['發', '展'], ['髮', '展']]);
    expect(spellings(parseQuery('５Ａ')[0]!, variants)).toEqual([['5', 'a'], ['５', 'a']]);
  });
  it('stops at MAX_SPELLINGS', () => {
    const many = readVariants({ classes: ['發髮|发', '後后|'] });
    expect(spellings(parseQuery('发后发后发后')[0]!, many)).toHaveLength(MAX_SPELLINGS);
  });
  it('searches as typed without a variants file', () => {
    expect(spellings(parseQuery('華理')[0]!, NO_VARIANTS)).toEqual([['華', '理']]);
    expect(exactQuery(['5', DECIMAL, '2'])).toBe(`"5 ${DECIMAL} 2"`);
    expect(scoringQuery(['华', '理'])).toBe('华 理');
  });
});

describe('combineTerms(perTerm)', () => {
  it('keeps pages holding every word: in their text first, then by score', () => {
    const first = new Map([
      ['a', { result: 'A', tier: 1, score: 9 }],
      ['b', { result: 'B', tier: 0, score: 1 }],
      ['c', { result: 'C', tier: 0, score: 5 }],
      ['d', { result: 'D', tier: 0, score: 5 }],
    ]);
    const second = new Map([
      ['a', { result: 'A', tier: 0, score: 1 }],
      ['b', { result: 'B', tier: 0, score: 1 }],
      ['c', { result: 'C', tier: 1, score: 9 }],
    ]);
    expect(combineTerms([first, second]).map(({ id, tier, score }) => [id, tier, score])).toEqual([
      ['b', 0, 2],
      ['c', 1, 14],
      ['a', 1, 10],
    ]);
    expect(combineTerms([first]).map(({ id }) => id)).toEqual(['c', 'd', 'b', 'a']);
    expect(combineTerms([])).toEqual([]);
  });
});

describe('finding a query in a page (findWord, excerptParts)', () => {
  const stored = (text: string) => [GAP, ...indexWords(text).words].join(' ');

  it('reads an underscore back as written, and finds the words on both sides of it as one run', () => {
    const page = readIndexed(stored('annual_revenue 预计年销售收入'));
    expect(page.text).toBe('\nannual_revenue 预计年销售收入');
    const [term] = parseQuery('annual_revenue');
    expect(findWord(page, spellings(term!, NO_VARIANTS)).map(({ start, end }) => page.text.slice(start, end))).toEqual(['annual_revenue']);
  });

  it('marks exactly the words typed, with the punctuation typed around them when the page has it', () => {
    const page = readIndexed(stored('大庆高新区拉满“进度条”，项目“加速跑”'));
    const [plain] = parseQuery('进度条');
    const [quoted] = parseQuery('“进度条”');
    const spansOf = (term: typeof plain) => findWord(page, spellings(term!, NO_VARIANTS), term!.lead, term!.trail).map(({ start, end }) => page.text.slice(start, end));
    expect(spansOf(plain)).toEqual(['进度条']);
    expect(spansOf(quoted)).toEqual(['“进度条”']);
    expect(spansOf(parseQuery('满进')[0])).toEqual(['满“进']);
  });
  it('never matches across a block boundary, nor a decimal number against a whole one', () => {
    const page = readIndexed([GAP, ...indexWords('标题华').words, GAP, ...indexWords('理 52亿元与5.2亿元').words].join(' '));
    expect(findWord(page, [['华', '理']])).toEqual([]);
    expect(findWord(page, [['5', DECIMAL, '2']]).map(({ start, end }) => page.text.slice(start, end))).toEqual(['5.2']);
    expect(findWord(page, [['5', '2']]).map(({ start, end }) => page.text.slice(start, end))).toEqual(['52']);
  });
  it('reads the stored title and skips the markers Pagefind leaves in metadata', () => {
    expect(storedText(`${GAP} 华 理 ___END_PAGEFIND_WEIGHT___ ${GAP} 项 目`)).toBe('华理 项目');
  });
  it('cuts an excerpt around the first match, from the start of its block when that is near', () => {
    const text = '\n概况\n建设单位' + '甲'.repeat(40) + '华理生物' + '乙'.repeat(200);
    const parts = excerptParts(text, [{ start: text.indexOf('华理'), end: text.indexOf('华理') + 2 }]);
    expect(parts[0]!.text).toMatch(/^…甲+$/);
    expect(parts[1]).toEqual({ text: '华理', marked: true });
    expect(parts[2]!.text).toMatch(/^生物乙+…$/);
    expect(excerptParts('\n概况\n华理生物', [{ start: 4, end: 6 }])).toEqual([
      { text: '华理', marked: true },
      { text: '生物', marked: false },
    ]);
  });

  // Any run of a text's characters, typed as a query, is found where it is, with or without the punctuation
  // around it: the property the search page promises, checked here on the pure parts.
  it('finds every substring of a text at its place', () => {
    const alphabet = fc.constantFrom(...'华理生物进度条5.2亿元69%，。“”、：ABc xyz-()（）'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const from = a % text.length;
        const to = from + 1 + (b % (text.length - from));
        const query = text.slice(from, to);
        const terms = parseQuery(query);
        fc.pre(terms.length > 0);
        const page = readIndexed(stored(text));
        for (const term of terms) {
          const spans = findWord(page, spellings(term, NO_VARIANTS), term.lead, term.trail);
          expect(spans.length, `${term.text} in ${text}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
