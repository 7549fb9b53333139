import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseArticleFile } from './articleFile.ts';
import { formatMessage } from './diagnostics.ts';
import { datasetObject, datasetText, positionOf } from './fixtures.ts';
import { applyTypography, checkTypography, findArticleTypography, fixContentTypography } from './typography.ts';

const PATH = 'content/articles/works-start.mdx';

// Prose to fix, and everything that is not prose: code, addresses, keys, props, JSX, garbled text.
const ARTICLE = `---
title: 五个项目集中开工, 总投资 30亿元
date: 2023-05-10
summary: 园区(东区)五个项目开工。
projects:
  - huali-bio
---

园区里,机器轰鸣。详见\`a,b\`和https://example.cn/list?page=2,欢迎查阅。

## 项目进展 顺利

<Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />

<Note title="提示,请看">注释,文字</Note>

\`\`\`js
const note = '中文,中文';
\`\`\`

| 项目 | 投资 |
| --- | --- |
| 一期,二期 | 5 亿元 |

- 列表项,内容
> 引用里 的空格

招商\\(上海\\)推介会,**共签约** 12个项目。

龙?zhí)┬履茉床牧袭a业园,开工。
`;

const FIXED = `---
title: 五个项目集中开工，总投资30亿元
date: 2023-05-10
summary: 园区（东区）五个项目开工。
projects:
  - huali-bio
---

园区里，机器轰鸣。详见\`a,b\`和https://example.cn/list?page=2，欢迎查阅。

## 项目进展 顺利

<Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />

<Note title="提示,请看">注释,文字</Note>

\`\`\`js
const note = '中文,中文';
\`\`\`

| 项目 | 投资 |
| --- | --- |
| 一期，二期 | 5亿元 |

- 列表项，内容
> 引用里的空格

招商（上海）推介会，**共签约**12个项目。

龙?zhí)┬履茉床牧袭a业园，开工。
`;

const pointOf = (text: string, needle: string) => {
  const [line, column] = positionOf(text, needle).split(':').map(Number);
  return { line, column };
};
const parse = (text: string, path = PATH) => parseArticleFile(new VFile({ path, value: text }));

describe('checkTypography(article, file)', () => {
  it('warns once per place, at its line and column, saying what is there and what copy desks print', () => {
    const file = new VFile({ path: PATH, value: ARTICLE });
    checkTypography(parse(ARTICLE), file);
    const at = (needle: string, after = '') => `${PATH}:${positionOf(ARTICLE, needle, after)}  warning`;
    expect(file.messages.map((message) => formatMessage(message))).toEqual([
      `${at(', 总投资')}  中文里用了半角逗号“,”，应为全角“，”：项目集中开工, 总投资 3 → 项目集中开工， 总投资 3  docs/rules.md#zh-punctuation`,
      `${at(' 总投资')}  全角标点旁多了空格，应删去：目集中开工, 总投资 30 → 目集中开工,总投资 30  docs/rules.md#zh-spacing`,
      `${at(' 30亿元')}  数字和中文之间多了空格，应删去：工, 总投资 30亿元 → 工, 总投资30亿元  docs/rules.md#zh-spacing`,
      `${at('(东区)')}  中文里用了半角括号“(”，应为全角“（”：ry: 园区(东区)五个项 → ry: 园区（东区)五个项  docs/rules.md#zh-punctuation`,
      `${at(')五个')}  中文里用了半角括号“)”，应为全角“）”： 园区(东区)五个项目开工 →  园区(东区）五个项目开工  docs/rules.md#zh-punctuation`,
      `${at(',机器')}  中文里用了半角逗号“,”，应为全角“，”：园区里,机器轰鸣。详 → 园区里，机器轰鸣。详  docs/rules.md#zh-punctuation`,
      `${at(',欢迎')}  中文里用了半角逗号“,”，应为全角“，”：page=2,欢迎查阅。 → page=2，欢迎查阅。  docs/rules.md#zh-punctuation`,
      `${at(',二期')}  中文里用了半角逗号“,”，应为全角“，”：| 一期,二期 | 5 → | 一期，二期 | 5  docs/rules.md#zh-punctuation`,
      `${at(' 亿元')}  数字和中文之间多了空格，应删去：二期 | 5 亿元 | → 二期 | 5亿元 |  docs/rules.md#zh-spacing`,
      `${at(',内容')}  中文里用了半角逗号“,”，应为全角“，”：- 列表项,内容 → - 列表项，内容  docs/rules.md#zh-punctuation`,
      `${at(' 的空格')}  中文字之间多了空格，应删去：> 引用里 的空格 → > 引用里的空格  docs/rules.md#zh-spacing`,
      `${at('\\(上海')}  中文里用了半角括号“(”，应为全角“（”：招商\\(上海\\)推介 → 招商（上海\\)推介  docs/rules.md#zh-punctuation`,
      `${at('\\)推介')}  中文里用了半角括号“)”，应为全角“）”：招商\\(上海\\)推介会,** → 招商\\(上海）推介会,**  docs/rules.md#zh-punctuation`,
      `${at(',**共')}  中文里用了半角逗号“,”，应为全角“，”：海\\)推介会,**共签约* → 海\\)推介会，**共签约*  docs/rules.md#zh-punctuation`,
      `${at(' 12个')}  数字和中文之间多了空格，应删去：*共签约** 12个项目。 → *共签约**12个项目。  docs/rules.md#zh-spacing`,
      `${at(',开工')}  中文里用了半角逗号“,”，应为全角“，”：床牧袭a业园,开工。 → 床牧袭a业园，开工。  docs/rules.md#zh-punctuation`,
    ]);
  });

  it('keeps the spaces between a headline’s parts, in the title and in headings', () => {
    const places = findArticleTypography(parse(ARTICLE), ARTICLE);
    expect(places.some((place) => place.before.includes('进展 顺利'))).toBe(false);
  });
});

describe('applyTypography(text, places)', () => {
  it('rewrites exactly those places and leaves every other byte as it was', () => {
    expect(applyTypography(ARTICLE, findArticleTypography(parse(ARTICLE), ARTICLE))).toBe(FIXED);
  });

  it('finds nothing more to fix in what it wrote', () => {
    expect(findArticleTypography(parse(FIXED), FIXED)).toEqual([]);
  });

  it('keeps a byte order mark and CRLF line ends', () => {
    const text = `\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`;
    const places = findArticleTypography(parse(text), text.slice(1));
    expect(applyTypography(text, places)).toBe(`\uFEFF${FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('leaves text it cannot place exactly alone, such as an entity', () => {
    const text = '---\ntitle: 标题\ndate: 2023-05-10\nsummary: 摘要。\n---\n\n园区&#44;工地,开工。\n';
    expect(applyTypography(text, findArticleTypography(parse(text, 'content/articles/a.md'), text))).toBe('---\ntitle: 标题\ndate: 2023-05-10\nsummary: 摘要。\n---\n\n园区&#44;工地，开工。\n');
  });
});

describe('fixContentTypography(files)', () => {
  const article = (text: string) => new VFile({ path: 'content/articles/zone-report.md', value: text });
  const TEXT = '---\ntitle: 园区报道\ndate: 2023-05-10\nsummary: 一篇报道。\nprojects:\n  - huali-bio\n---\n\n华理生物产业园项目计划投资5.2亿元,占地面积10公顷。\n';

  it('fixes the articles and every dataset quote that cites what changed, nothing else in the dataset', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.quote = '华理生物产业园项目计划投资5.2亿元,占地面积10公顷';
    const before = datasetText(data);
    const fix = fixContentTypography({ dataset: new VFile({ path: 'content/data/projects.json', value: before }), articles: [article(TEXT)] });
    expect(fix.articles.map((fixed) => [fixed.path, fixed.after])).toEqual([['content/articles/zone-report.md', TEXT.replace('亿元,占地', '亿元，占地')]]);
    expect(fix.dataset?.quotes).toEqual([
      {
        path: ['projects', 0, 'figures', 'investment', 0, 'source', 'quote'],
        point: pointOf(before, '"quote": "华理生物产业园项目计划投资5.2亿元,'),
        before: '华理生物产业园项目计划投资5.2亿元,占地面积10公顷',
        after: '华理生物产业园项目计划投资5.2亿元，占地面积10公顷',
      },
    ]);
    expect(fix.dataset?.after).toBe(before.replace('亿元,占地面积10公顷"', '亿元，占地面积10公顷"'));
  });

  it('mends a quote left behind by an earlier fix, and changes nothing when all is in order', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.quote = '计划投资5.2亿元,占地面积10公顷';
    const fixedText = TEXT.replace('亿元,占地', '亿元，占地');
    const mended = fixContentTypography({ dataset: new VFile({ path: 'content/data/projects.json', value: datasetText(data) }), articles: [article(fixedText)] });
    expect(mended.articles).toEqual([]);
    expect(mended.dataset?.quotes.map((quote) => quote.after)).toEqual(['计划投资5.2亿元，占地面积10公顷']);
    const settled = fixContentTypography({ dataset: new VFile({ path: 'content/data/projects.json', value: datasetText() }), articles: [article(fixedText)] });
    expect(settled).toEqual({ articles: [], dataset: undefined });
  });
});
