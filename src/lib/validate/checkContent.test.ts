import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { checkContent, plainTextForQuotes } from './checkContent.ts';
import { formatMessage } from './diagnostics.ts';
import { ARTICLE_TEXT, articleFile, datasetFile, datasetObject, datasetText, positionOf } from './fixtures.ts';

function lines(files: VFile[]): string[] {
  return files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
}

function check(dataset: unknown = datasetObject(), articles: VFile[] = [articleFile()]) {
  const result = checkContent({ dataset: datasetFile(dataset), articles });
  return { result, lines: lines(result.files) };
}

describe('checkContent(files) on valid content', () => {
  it('reports nothing and returns the typed dataset and articles', () => {
    const { result, lines: messages } = check();
    expect(messages).toEqual([]);
    expect(result.dataset?.projects[0]?.figures.investment?.[0]?.scope).toBe('project');
    expect(result.articles[0]?.frontmatter?.title).toBe('园区报道');
  });
});

describe('checkContent(files) on a broken dataset', () => {
  it('names the file, line, field, what was expected and what was found', () => {
    const data = datasetObject();
    (data.projects[0]!.figures.investment[0] as { value: number }).value = -5;
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"value": -5')}  error  projects[0].figures.investment[0].value：应为不小于 0 的数字，实为 -5  docs/rules.md#schema`,
    ]);
  });

  it('explains an amount written as display text', () => {
    const data = datasetObject() as unknown as { projects: { figures: { investment: { value: unknown }[] } }[] };
    data.projects[0]!.figures.investment[0]!.value = '5.2亿元';
    expect(check(data).lines[0]).toContain('projects[0].figures.investment[0].value：应为以基本单位（元、公顷、个）计的数字，不能是文字，实为“5.2亿元”');
  });

  it('suggests the field an editor probably meant', () => {
    const data = datasetObject() as unknown as { projects: Record<string, unknown>[] };
    data.projects[0]!.prak = '宏伟园区';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"prak"')}  error  projects[0]：不认识的字段 prak（是不是 park？）  docs/rules.md#schema`,
    ]);
  });

  it('suggests the stage an editor probably meant', () => {
    const data = datasetObject();
    (data.projects[0]!.status[0] as { stage: string }).stage = 'under-constructon';
    expect(check(data).lines[0]).toMatch(/status\[0\]\.stage：应为以下之一：“signed”、.*实为“under-constructon”（是不是“under-construction”？）  docs\/rules\.md#schema$/);
  });

  it('reports a missing field as missing', () => {
    const data = datasetObject() as unknown as { projects: Record<string, unknown>[] };
    delete data.projects[0]!.name;
    // A missing field is reported at the object that lacks it.
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '{', '"projects"')}  error  projects[0].name：缺少此项；应为简体中文的项目名称  docs/rules.md#schema`,
    ]);
  });

  it('reports every problem at once, not the first only', () => {
    const data = datasetObject() as unknown as Record<string, unknown> & { projects: Record<string, unknown>[] };
    data.projects[0]!.id = 'Huali Bio';
    data.updated = '2023-02-30';
    (data.projects[0]!.milestones as { reports: { date: { date: string } }[] }[])[0]!.reports[0]!.date.date = '2023-05-40';
    const messages = check(data).lines;
    // Renaming the project also orphans the article that names it: four problems, all reported.
    expect(messages, messages.join('\n')).toHaveLength(4);
    expect(messages.join('\n')).toContain('content/data/projects.json 里没有项目 huali-bio');
    expect(messages.join('\n')).toContain('updated：应为真实存在的日期，写成 YYYY-MM-DD，如 2023-05-10，实为“2023-02-30”');
    expect(messages.join('\n')).toContain('projects[0].id：应为能用作网址的标识');
    expect(messages.join('\n')).toContain('date.date：精度为 month 时，应为写成 2023-05 这样的日期，实为“2023-05-40”');
  });

  it('rejects a duplicate project id, pointing at the second', () => {
    const data = datasetObject();
    data.projects.push(structuredClone(data.projects[0]!));
    const messages = check(data).lines;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/data\/projects\.json:\d+:7  error  projects\[1\]\.id：项目 id “huali-bio”已被 projects\[0\] 使用；每个项目的 id 只能用一次  docs\/rules\.md#duplicate-id$/);
  });

  it('reports invalid JSON with its line and column', () => {
    const text = JSON.stringify(datasetObject(), null, 2).replace('"licence": "CC BY 4.0",', '"licence": "CC BY 4.0",,');
    expect(check(text).lines).toEqual([
      `content/data/projects.json:${positionOf(text, ',\n', '"CC BY 4.0",')}  error  JSON 语法错误：应为加双引号的字段名（是不是“}”前多了逗号？）  docs/rules.md#json-syntax`,
    ]);
  });

  it('reports a key written twice, which JSON.parse would silently resolve', () => {
    const text = JSON.stringify(datasetObject(), null, 2).replace('"licence": "CC BY 4.0",', '"licence": "CC BY 4.0",\n  "licence": "CC0",');
    expect(check(text).lines).toEqual([`content/data/projects.json:${positionOf(text, '"licence": "CC0"')}  error  字段 licence 在这个对象里出现了两次  docs/rules.md#duplicate-key`]);
  });

  it('reports an empty file', () => {
    expect(check('  \n').lines).toEqual(['content/data/projects.json:1:1  error  文件是空的：应为含 projects 和 indicators 的 JSON 对象  docs/rules.md#json-syntax']);
  });
});

describe('checkContent(files) across dataset and articles', () => {
  it('rejects an article naming an unknown project, with a suggestion', () => {
    const text = ARTICLE_TEXT.replace('  - huali-bio', '  - huali-bio\n  - huali-bi0');
    expect(check(undefined, [articleFile(text)]).lines).toEqual([
      'content/articles/zone-report.md:7:5  error  projects[1]：content/data/projects.json 里没有项目 huali-bi0；是不是 huali-bio？  docs/rules.md#unknown-project',
    ]);
  });

  it('still checks project ids when the dataset has other errors', () => {
    const data = datasetObject() as unknown as Record<string, unknown>;
    data.licence = 4;
    const text = ARTICLE_TEXT.replace('  - huali-bio', '  - zzz');
    const messages = check(data, [articleFile(text)]).lines;
    expect(messages.some((line) => line.includes('unknown-project'))).toBe(true);
    expect(messages.some((line) => line.includes('licence：应为文字，实为 4'))).toBe(true);
  });

  it('rejects a quote the cited article does not contain', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.quote = '计划投资6亿元';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"quote": "计划投资6亿元"')}  error  projects[0].figures.investment[0].source.quote：在 content/articles/zone-report.md 里找不到这句引文；应与文章原句一字不差  docs/rules.md#quote-not-found`,
    ]);
  });

  it('rejects a source citing an article that does not exist', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.article = 'no-such-article';
    expect(check(data).lines[0]).toContain('projects[0].figures.investment[0].source.article：content/articles/ 里没有文章 no-such-article；');
  });

  it('rejects a completion reported before it happened', () => {
    const data = datasetObject() as unknown as { projects: { milestones: { reports: Record<string, unknown>[] }[] }[] };
    data.projects[0]!.milestones[0]!.reports[0]!.type = 'done';
    (data.projects[0]!.milestones[0]!.reports[0]!.date as { date: string }).date = '2023-07';
    expect(check(data).lines[0]).toContain('截至 2023-05-10 的报道不能说 2023年7月 已完成（type: done）；应为 plan 报道，或写实际发生的日期  docs/rules.md#date-after-report');
  });

  it('warns where a stated rate disagrees with the rate computed from its parts', () => {
    const data = datasetObject();
    data.indicators.startRate[0]!.value = 69.7;
    const { lines: messages, result } = check(data);
    expect(messages).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"value": 69.7')}  warning  indicators.startRate[0]：所报开复工率 69.7% 与 30 ÷ 43 = 69.77% 不符（按所报精度为 69.8%）  docs/rules.md#stated-vs-derived`,
    ]);
    expect(result.dataset).toBeDefined();
  });

  it('rejects a project name written in Traditional script, giving the Simplified form', () => {
    const data = datasetObject();
    data.projects[0]!.name = '華理生物產業園項目';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"name": "華理')}  error  projects[0].name：“華理生物產業園項目”不是简体中文；应为“华理生物产业园项目”  docs/rules.md#name-not-simplified`,
    ]);
  });

  it('rejects an alias written in Traditional script', () => {
    const data = datasetObject() as ReturnType<typeof datasetObject> & { projects: { aliases?: string[] }[] };
    data.projects[0]!.aliases = ['華理生物'];
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"華理生物"')}  error  projects[0].aliases[0]：“華理生物”不是简体中文；应为“华理生物”  docs/rules.md#name-not-simplified`,
    ]);
  });

  it('rejects a name or alias that two projects share', () => {
    const data = datasetObject() as ReturnType<typeof datasetObject> & { projects: { id: string; name: string; aliases?: string[] }[] };
    data.projects.push({ ...structuredClone(data.projects[0]!), id: 'huali-bio-phase-2', name: '华理生物二期项目', aliases: ['华理生物产业园项目'] });
    const article = articleFile(ARTICLE_TEXT.replace('  - huali-bio\n', '  - huali-bio\n  - huali-bio-phase-2\n'));
    expect(check(data, [article]).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"华理生物产业园项目"', '"aliases"')}  error  projects[1].aliases[0]：“华理生物产业园项目”已是项目 huali-bio 的名称（projects[0].name）；每个名称或别名只能指向一个项目  docs/rules.md#duplicate-name`,
    ]);
  });

  it('rejects an MDX body the build could not compile, at its line', () => {
    const text = `${ARTICLE_TEXT}\n<ZoneProgress />\n\n<Chart project="huali-bio"\n\n下一段\n`;
    expect(check(undefined, [articleFile(text, 'content/articles/zone-report.mdx')]).lines).toEqual([
      `content/articles/zone-report.mdx:${positionOf(text, '<Chart').split(':')[0]}:1  error  正文不是有效的 MDX：“<”后面不是有效的组件标签（链接请写成 [文字](网址)）；在 .mdx 文件里，要显示 < 或 { 本身请写 \\< 或 \\{  docs/rules.md#body-syntax`,
    ]);
    // In Markdown the broken tag is text, but the chart before it is HTML, which articles may not hold.
    expect(check(undefined, [articleFile(text)]).lines).toEqual([
      `content/articles/zone-report.md:${positionOf(text, '<ZoneProgress').split(':')[0]}:1  error  图表组件 <ZoneProgress> 是 .mdx 文章的写法：.md 文章里的图表单独写一行 ::chart{kind=progress}  docs/rules.md#raw-html`,
    ]);
  });

  it('rejects two files for one article address', () => {
    const messages = check(undefined, [articleFile(), articleFile(ARTICLE_TEXT, 'content/articles/zone-report.mdx')]).lines;
    expect(messages).toEqual([
      'content/articles/zone-report.mdx  error  另一个文件 content/articles/zone-report.md 与它同名（zone-report）：一篇文章只能有一个文件  docs/rules.md#duplicate-article',
    ]);
  });
});

describe('checkContent(files): the rules between a source and its article', () => {
  it('unknown-article: a source citing an article that is not there, at the field', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.article = 'zone-reprot';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"article": "zone-reprot"')}  error  projects[0].figures.investment[0].source.article：content/articles/ 里没有文章 zone-reprot；应为陈述它的文章的文件名  docs/rules.md#unknown-article`,
    ]);
  });

  it('draft-source: a source citing a draft, which readers cannot open', () => {
    const article = articleFile(ARTICLE_TEXT.replace('summary: 一篇报道。\n', 'summary: 一篇报道。\ndraft: true\n'));
    const messages = check(undefined, [article]).lines;
    expect(messages.filter((line) => line.endsWith('draft-source'))).toHaveLength(6);
    expect(messages[0]).toBe(
      `content/data/projects.json:${positionOf(datasetText(), '"article": "zone-report"')}  warning  projects[0].status[0].source.article：引用的 zone-report 是草稿，读者打不开  docs/rules.md#draft-source`,
    );
  });

  it('project-not-listed: an article the dataset cites for a project that its projects do not list, at projects', () => {
    const text = ARTICLE_TEXT.replace('projects:\n  - huali-bio\n', 'projects: []\n');
    const messages = check(undefined, [articleFile(text)]).lines;
    expect(new Set(messages)).toEqual(
      new Set([`content/articles/zone-report.md:${positionOf(text, 'projects: []')}  warning  数据集为项目 huali-bio 引用了这篇文章，但 frontmatter 的 projects 里没有列出它  docs/rules.md#project-not-listed`]),
    );
  });

  it('stale-updated: a dataset whose updated date is older than its newest report', () => {
    const data = datasetObject();
    data.updated = '2023-05-01';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"updated"')}  warning  updated：2023-05-01 早于最新的报道（2023-05-10）；应为数据集最后改动的日期  docs/rules.md#stale-updated`,
    ]);
  });
});

describe('plainTextForQuotes(markdown)', () => {
  it('finds a quote through emphasis, links and line breaks', () => {
    expect(plainTextForQuotes('计划**投资**5.2\n亿元，见[报道](https://x)')).toBe('计划投资5.2亿元，见报道');
  });
});
