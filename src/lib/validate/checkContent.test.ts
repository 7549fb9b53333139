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
      `content/data/projects.json:${positionOf(datasetText(data), '"value": -5')}  error  projects[0].figures.investment[0].value: expected a number ≥ 0, got -5  schema`,
    ]);
  });

  it('explains an amount written as display text', () => {
    const data = datasetObject() as unknown as { projects: { figures: { investment: { value: unknown }[] } }[] };
    data.projects[0]!.figures.investment[0]!.value = '5.2亿元';
    expect(check(data).lines[0]).toContain('projects[0].figures.investment[0].value: expected a number in base units (yuan, hectares, count), not text, got "5.2亿元"');
  });

  it('suggests the field an editor probably meant', () => {
    const data = datasetObject() as unknown as { projects: Record<string, unknown>[] };
    data.projects[0]!.prak = '宏伟园区';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"prak"')}  error  projects[0]: unknown field "prak" (did you mean "park"?)  schema`,
    ]);
  });

  it('suggests the stage an editor probably meant', () => {
    const data = datasetObject();
    (data.projects[0]!.status[0] as { stage: string }).stage = 'under-constructon';
    expect(check(data).lines[0]).toMatch(/status\[0\]\.stage: expected one of "signed", .*got "under-constructon" \(did you mean "under-construction"\?\)  schema$/);
  });

  it('reports a missing field as missing', () => {
    const data = datasetObject() as unknown as { projects: Record<string, unknown>[] };
    delete data.projects[0]!.name;
    // A missing field is reported at the object that lacks it.
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '{', '"projects"')}  error  projects[0].name: missing: expected the project name in Simplified Chinese  schema`,
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
    expect(messages.join('\n')).toContain('no project "huali-bio" in content/data/projects.json');
    expect(messages.join('\n')).toContain('updated: expected a real calendar date written YYYY-MM-DD, like "2023-05-10", got "2023-02-30"');
    expect(messages.join('\n')).toContain('projects[0].id: expected a URL-safe slug');
    expect(messages.join('\n')).toContain('date.date: expected a date written like "2023-05" for precision "month", got "2023-05-40"');
  });

  it('rejects a duplicate project id, pointing at the second', () => {
    const data = datasetObject();
    data.projects.push(structuredClone(data.projects[0]!));
    const messages = check(data).lines;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/data\/projects\.json:\d+:7  error  projects\[1\]\.id: project id "huali-bio" is already used by projects\[0\]; expected each project id once  duplicate-id$/);
  });

  it('reports invalid JSON with its line and column', () => {
    const text = JSON.stringify(datasetObject(), null, 2).replace('"licence": "CC BY 4.0",', '"licence": "CC BY 4.0",,');
    expect(check(text).lines).toEqual([
      `content/data/projects.json:${positionOf(text, ',\n', '"CC BY 4.0",')}  error  invalid JSON: expected a field name in double quotes (a trailing comma before "}"?)  json-syntax`,
    ]);
  });

  it('reports a key written twice, which JSON.parse would silently resolve', () => {
    const text = JSON.stringify(datasetObject(), null, 2).replace('"licence": "CC BY 4.0",', '"licence": "CC BY 4.0",\n  "licence": "CC0",');
    expect(check(text).lines).toEqual([`content/data/projects.json:${positionOf(text, '"licence": "CC0"')}  error  field "licence" appears twice in this object  duplicate-key`]);
  });

  it('reports an empty file', () => {
    expect(check('  \n').lines).toEqual(['content/data/projects.json:1:1  error  the file is empty: expected a JSON object with "projects" and "indicators"  json-syntax']);
  });
});

describe('checkContent(files) across dataset and articles', () => {
  it('rejects an article naming an unknown project, with a suggestion', () => {
    const text = ARTICLE_TEXT.replace('  - huali-bio', '  - huali-bio\n  - huali-bi0');
    expect(check(undefined, [articleFile(text)]).lines).toEqual([
      'content/articles/zone-report.md:7:5  error  projects[1]: no project "huali-bi0" in content/data/projects.json; did you mean "huali-bio"?  unknown-project',
    ]);
  });

  it('still checks project ids when the dataset has other errors', () => {
    const data = datasetObject() as unknown as Record<string, unknown>;
    data.licence = 4;
    const text = ARTICLE_TEXT.replace('  - huali-bio', '  - zzz');
    const messages = check(data, [articleFile(text)]).lines;
    expect(messages.some((line) => line.includes('unknown-project'))).toBe(true);
    expect(messages.some((line) => line.includes('licence: expected text, got 4'))).toBe(true);
  });

  it('rejects a quote the cited article does not contain', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.quote = '计划投资6亿元';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"quote": "计划投资6亿元"')}  error  projects[0].figures.investment[0].source.quote: quote not found in content/articles/zone-report.md; expected the sentence exactly as the article gives it  quote-not-found`,
    ]);
  });

  it('rejects a source citing an article that does not exist', () => {
    const data = datasetObject();
    data.projects[0]!.figures.investment[0]!.source.article = 'no-such-article';
    expect(check(data).lines[0]).toContain('projects[0].figures.investment[0].source.article: no article "no-such-article" in content/articles/');
  });

  it('rejects a completion reported before it happened', () => {
    const data = datasetObject() as unknown as { projects: { milestones: { reports: Record<string, unknown>[] }[] }[] };
    data.projects[0]!.milestones[0]!.reports[0]!.type = 'done';
    (data.projects[0]!.milestones[0]!.reports[0]!.date as { date: string }).date = '2023-07';
    expect(check(data).lines[0]).toContain('a "done" report dated 2023年7月 cannot be made as of 2023-05-10; expected a "plan" report, or the date it actually happened  date-after-report');
  });

  it('warns where a stated rate disagrees with the rate computed from its parts', () => {
    const data = datasetObject();
    data.indicators.startRate[0]!.value = 69.7;
    const { lines: messages, result } = check(data);
    expect(messages).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"value": 69.7')}  warning  indicators.startRate[0]: stated start rate 69.7% differs from 30 ÷ 43 = 69.77% (69.8% at the stated precision)  stated-vs-derived`,
    ]);
    expect(result.dataset).toBeDefined();
  });

  it('rejects a project name written in Traditional script, giving the Simplified form', () => {
    const data = datasetObject();
    data.projects[0]!.name = '華理生物產業園項目';
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"name": "華理')}  error  projects[0].name: "華理生物產業園項目" is not in Simplified Chinese; expected "华理生物产业园项目"  name-not-simplified`,
    ]);
  });

  it('rejects an alias written in Traditional script', () => {
    const data = datasetObject() as ReturnType<typeof datasetObject> & { projects: { aliases?: string[] }[] };
    data.projects[0]!.aliases = ['華理生物'];
    expect(check(data).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"華理生物"')}  error  projects[0].aliases[0]: "華理生物" is not in Simplified Chinese; expected "华理生物"  name-not-simplified`,
    ]);
  });

  it('rejects a name or alias that two projects share', () => {
    const data = datasetObject() as ReturnType<typeof datasetObject> & { projects: { id: string; name: string; aliases?: string[] }[] };
    data.projects.push({ ...structuredClone(data.projects[0]!), id: 'huali-bio-phase-2', name: '华理生物二期项目', aliases: ['华理生物产业园项目'] });
    const article = articleFile(ARTICLE_TEXT.replace('  - huali-bio\n', '  - huali-bio\n  - huali-bio-phase-2\n'));
    expect(check(data, [article]).lines).toEqual([
      `content/data/projects.json:${positionOf(datasetText(data), '"华理生物产业园项目"', '"aliases"')}  error  projects[1].aliases[0]: "华理生物产业园项目" already names project "huali-bio" (projects[0].name); expected each name or alias to point at one project  duplicate-name`,
    ]);
  });

  it('rejects an MDX body the build could not compile, at its line', () => {
    const text = `${ARTICLE_TEXT}\n<ZoneProgress />\n\n<Chart project="huali-bio"\n\n下一段\n`;
    expect(check(undefined, [articleFile(text, 'content/articles/zone-report.mdx')]).lines).toEqual([
      `content/articles/zone-report.mdx:${positionOf(text, '<Chart').split(':')[0]}:1  error  the body is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); in an .mdx file write \\< and \\{ for a literal < or {  body-syntax`,
    ]);
    // In Markdown the broken tag is text, but the chart before it is HTML, which articles may not hold.
    expect(check(undefined, [articleFile(text)]).lines).toEqual([
      `content/articles/zone-report.md:${positionOf(text, '<ZoneProgress').split(':')[0]}:1  error  图表组件 <ZoneProgress> 是 .mdx 文章的写法：.md 文章里的图表单独写一行 ::chart{kind=progress}  raw-html`,
    ]);
  });

  it('rejects two files for one article address', () => {
    const messages = check(undefined, [articleFile(), articleFile(ARTICLE_TEXT, 'content/articles/zone-report.mdx')]).lines;
    expect(messages).toEqual([
      'content/articles/zone-report.mdx  error  another file, content/articles/zone-report.md, has the same name "zone-report": expected one file per article  duplicate-article',
    ]);
  });
});

describe('plainTextForQuotes(markdown)', () => {
  it('finds a quote through emphasis, links and line breaks', () => {
    expect(plainTextForQuotes('计划**投资**5.2\n亿元，见[报道](https://x)')).toBe('计划投资5.2亿元，见报道');
  });
});
