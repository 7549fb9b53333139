import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleBody, textBlocks } from '../articleBody.ts';
import { cleanScrapedArticle } from './clean.ts';
import { readingsOf } from './pinyin.ts';
import { parsePinyinSyllable } from './syllables.ts';

// Characters with an annotation that is one of their readings, in both scripts.
const ANNOTATED: ReadonlyArray<readonly [string, string]> = [
  ['車', '(chē)'], ['车', '（che）'], ['國', '(guó)'], ['綠', '(lǜ)'], ['綠', '(lv4)'], ['大', '(dà)'], ['慶', '(qìng)'], ['項', '(xiàng)'],
  ['目', '(mù)'], ['發', '(fā)'], ['展', '(zhǎn)'], ['產', '(chǎn)'], ['業', '(yè)'], ['區', '(qū)'], ['資', '（zī）'], ['著', '(zhe)'],
  ['行', '(háng)'], ['長', '(zhǎng)'], ['的', '(de)'], ['關', '(guān)'],
];
const PLAIN = [...'大庆高新区项目建设工厂园年月日计划投资發展產業']; // Han without annotation
const WORDS = ['Volvo', 'AI', 'GDP', '5.2', '2023', 'Cars', '43'];
// Text that looks like Markdown, HTML or a web address: it must come through as text.
const MARKUP = ['*', '**', '_', '# ', '<b>', '</b>', '<script>', '[链接](http://x.cn)', '`', '&amp;', '\\', '> ', '- ', '1. ', '~~', '|', '{', '}', 'www.example.com', 'https://x.cn', 'a@b.cn', '---', '<!--'];
const ASIDES = ['(北京)', '(1)', '(大庆基地)', '(Volvo Cars)', '(AI)', '(2023)', '（试点）'];
const PUNCTUATION = ['，', '。', '、', '“', '”', ',', ';'];
const NOISE = [' ', '  ', '\u3000', '\u00a0', '\u200b'];
const PLACEHOLDERS = ['【資料圖】', '[图片]', '[圖片]', '（图片来源：新华社）', '【视频】'];
const CHROME = ['X 關(guān)閉', '×关闭', '分享到：', '微信 微博 QQ空间', '责任编辑：张三', '來源:大慶日報', '【打印】', '返回顶部', '\u3000\u3000关闭窗口'];

interface Scrape {
  text: string;
  /** The same text without anything injected. */
  base: string;
}

const piece = (base: string, text = base): Scrape => ({ text, base });

const unit: fc.Arbitrary<Scrape> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN).map((han) => piece(han)) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS, ...ASIDES, ...PUNCTUATION, ...NOISE).map((text) => piece(text)) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP).map((text) => piece(text)) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...ANNOTATED), fc.constantFrom('', '', '\u200b', ...PLACEHOLDERS))
      .map(([[han, annotation], between]) => piece(han, han + between + annotation)),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS).map((placeholder) => piece('', placeholder)) },
);

const line = fc.array(unit, { minLength: 1, maxLength: 20 }).map((units) => piece(units.map((u) => u.base).join(''), units.map((u) => u.text).join('')));
const chromeLine = fc.constantFrom(...CHROME).map((text) => piece('', text));
const scrape: fc.Arbitrary<Scrape> = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: chromeLine }), { minLength: 1, maxLength: 6 })
  .map((lines) => ({ text: lines.map((l) => l.text).join('\n'), base: lines.map((l) => l.base).join('\n') }));

const withoutSpace = (text: string) => text.replace(/[\s\u200b]/gu, '');

describe('cleanScrapedArticle properties', () => {
  it('cleanScrapedArticle generators use real readings', () => {
    for (const [han, annotation] of ANNOTATED) {
      const syllable = parsePinyinSyllable(annotation.slice(1, -1));
      expect(syllable && readingsOf(han)?.has(syllable.base), `${han}${annotation}`).toBe(true);
    }
  });

  it('cleanScrapedArticle drops only annotations, chrome, placeholders and whitespace', () => {
    fc.assert(
      fc.property(scrape, ({ text, base }) => {
        const { originalParagraphs } = cleanScrapedArticle(text);
        expect(withoutSpace(originalParagraphs.join(''))).toBe(withoutSpace(base));
      }),
    );
  });

  it('cleanScrapedArticle changes nothing in text it cleaned', () => {
    fc.assert(
      fc.property(scrape, ({ text }) => {
        const once = cleanScrapedArticle(text);
        const again = cleanScrapedArticle(once.paragraphs.join('\n'));
        expect(again.paragraphs).toEqual(once.paragraphs);
        expect(again.markdown).toBe(once.markdown);
        expect(again.removed).toEqual([]);
        expect(cleanScrapedArticle(once.originalParagraphs.join('\n')).originalParagraphs).toEqual(once.originalParagraphs);
      }),
    );
  });

  it('cleanScrapedArticle writes Markdown that Astro’s parser reads back as its paragraphs, markup-like text included', () => {
    fc.assert(
      fc.property(scrape, ({ text }) => {
        const { paragraphs, markdown } = cleanScrapedArticle(text);
        const parsed = parseArticleBody(markdown, 'md');
        expect(parsed.ok && textBlocks(parsed.tree, markdown).map((block) => block.text)).toEqual(paragraphs);
      }),
      { numRuns: 500 },
    );
  });

  it('cleanScrapedArticle never removes a Han character that was not injected', () => {
    fc.assert(
      fc.property(scrape, ({ text, base }) => {
        const han = (s: string) => s.match(/\p{Script=Han}/gu)?.join('') ?? '';
        expect(han(cleanScrapedArticle(text).originalParagraphs.join(''))).toBe(han(base));
      }),
    );
  });
});
