import { describe, expect, it } from 'vitest';
import { checkContent } from './checkContent.ts';
import { formatMessage } from './diagnostics.ts';
import { ARTICLE_TEXT, articleFile, datasetFile, datasetObject } from './fixtures.ts';
import { parseIdList } from './chartEmbeds.ts';

function check(body: string): string[] {
  const text = `${ARTICLE_TEXT}\n${body}\n`;
  const result = checkContent({ dataset: datasetFile(), articles: [articleFile(text, 'content/articles/zone-report.mdx')] });
  return result.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
}

const line = ARTICLE_TEXT.split('\n').length + 1;

describe('checkChartEmbeds (through checkContent)', () => {
  it('accepts the charts with their props', () => {
    expect(check('<Economics project="huali-bio" />\n\n<Progress />\n\n<Milestones projects={["huali-bio"]} />\n\n<Comparison />')).toEqual([]);
  });

  it('names the article, the line and the unknown project id', () => {
    expect(check('<Economics project="huali-bi" />')).toEqual([
      `content/articles/zone-report.mdx:${line}:1  error  <Economics project>：content/data/projects.json 里没有项目 huali-bi（是不是 huali-bio？）  docs/rules.md#unknown-chart-project`,
    ]);
    expect(check('<Milestones projects={["huali-bio", "nope"]} />')[0]).toContain('<Milestones projects>：content/data/projects.json 里没有项目 nope  docs/rules.md#unknown-chart-project');
  });

  it('still accepts the charts’ earlier component names, and shows editors the current ones', () => {
    expect(check('<ProjectEconomics project="huali-bio" />\n\n<ZoneProgress />\n\n<ProjectsComparison />')).toEqual([]);
    expect(check('<ZoneProgress year="2023" />')[0]).toContain('<ZoneProgress>：不认识的属性 year；这个图表不带属性，例如 <Progress />  docs/rules.md#chart-props');
    expect(check('<ProjectEconomic project="huali-bio" />')[0]).toContain('<ProjectEconomic>：没有这个图表（是不是 <ProjectEconomics>？）  docs/rules.md#unknown-chart');
  });

  it('suggests the chart meant by a misspelt component', () => {
    expect(check('<Economic project="huali-bio" />')).toEqual([
      `content/articles/zone-report.mdx:${line}:1  error  <Economic>：没有这个图表（是不是 <Economics>？）  docs/rules.md#unknown-chart`,
    ]);
    expect(check('<Map />')[0]).toContain('<Map>：没有这个图表；应为以下之一：<Economics>、<Milestones>、<Progress>、<Comparison>  docs/rules.md#unknown-chart');
  });

  it('explains missing, unknown and malformed props with an example', () => {
    expect(check('<Economics />')[0]).toContain('<Economics>：缺少属性 project，例如 <Economics project="huali-bio" />  docs/rules.md#chart-props');
    expect(check('<Progress year="2023" />')[0]).toContain('<Progress>：不认识的属性 year；这个图表不带属性，例如 <Progress />  docs/rules.md#chart-props');
    expect(check('<Economics projects="huali-bio" />')).toEqual([
      `content/articles/zone-report.mdx:${line}:1  error  <Economics>：不认识的属性 projects（是不是 project？）；可用的属性：project，例如 <Economics project="huali-bio" />  docs/rules.md#chart-props`,
      `content/articles/zone-report.mdx:${line}:1  error  <Economics>：缺少属性 project，例如 <Economics project="huali-bio" />  docs/rules.md#chart-props`,
    ]);
    expect(check('<Milestones project="huali-bio" projects={["huali-bio"]} />')[0]).toContain('<Milestones>：属性 project 和 projects 只能写其一，例如 <Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />  docs/rules.md#chart-props');
    expect(check('<Economics project={"huali-bio"} />')[0]).toContain('<Economics>：属性 project 应为一个项目 id，写在引号里，例如 <Economics project="huali-bio" />  docs/rules.md#chart-props');
    expect(check('<Milestones projects="huali-bio" />')[0]).toContain('<Milestones>：属性 projects 应为项目 id 的列表，例如 <Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />  docs/rules.md#chart-props');
  });

  it('leaves HTML elements and imported components to the code check, which refuses them once each', () => {
    expect(check('文字<br />文字').map((message) => message.split('  ').at(-1))).toEqual(['docs/rules.md#raw-html']);
    expect(check("import Map from './map.astro';\nimport { Box as Frame } from './box.astro';\n\n<Map />\n\n<Frame />").map((message) => message.split('  ').at(-1))).toEqual(['docs/rules.md#mdx-code']);
  });

  it('accepts an import of a chart component itself, which is harmless', () => {
    expect(check("import Progress from '../../src/components/embeds/Progress.astro';\n\n<Progress />")).toEqual([]);
    expect(check("import ZoneProgress from '../../src/components/embeds/ZoneProgress.astro';\n\n<ZoneProgress />")).toEqual([]);
  });
});

function checkMd(body: string): string[] {
  const text = `${ARTICLE_TEXT}\n${body}\n`;
  const result = checkContent({ dataset: datasetFile(), articles: [articleFile(text, 'content/articles/zone-report.md')] });
  return result.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
}

describe('chart directives in .md articles (through checkContent)', () => {
  it('accepts each chart with its attributes, quoted or not, and leaves text with colons alone', () => {
    expect(
      checkMd(
        '::chart{kind=economics project=huali-bio}\n\n::chart{kind=progress}\n\n::chart{kind=milestones projects="huali-bio"}\n\n::chart{kind="milestones" project="huali-bio"}\n\n::chart{kind=comparison}\n\n记者10:52发稿，见 note:abc。',
      ),
    ).toEqual([]);
  });

  it('gives the same checks as the components, quoting the chart as written', () => {
    expect(checkMd('::chart{kind=economics project=huali-bi}')).toEqual([
      `content/articles/zone-report.md:${line}:1  error  ::chart{kind=economics project}：content/data/projects.json 里没有项目 huali-bi（是不是 huali-bio？）  docs/rules.md#unknown-chart-project`,
    ]);
    expect(checkMd('::chart{kind=milestones projects="huali-bio nope"}')[0]).toContain('::chart{kind=milestones projects}：content/data/projects.json 里没有项目 nope  docs/rules.md#unknown-chart-project');
    expect(checkMd('::chart{kind=economic project=huali-bio}')).toEqual([
      `content/articles/zone-report.md:${line}:1  error  ::chart{kind=economic}：没有这个图表（是不是 kind=economics？）  docs/rules.md#unknown-chart`,
    ]);
    expect(checkMd('::chart{kind=map}')[0]).toContain('::chart{kind=map}：没有这个图表；应为以下之一：kind=economics、kind=milestones、kind=progress、kind=comparison  docs/rules.md#unknown-chart');
    expect(checkMd('::chart{kind=economics}')[0]).toContain('::chart{kind=economics}：缺少属性 project，例如 ::chart{kind=economics project=huali-bio}  docs/rules.md#chart-props');
    expect(checkMd('::chart{kind=progress year=2023}')[0]).toContain('::chart{kind=progress}：不认识的属性 year；这个图表不带属性，例如 ::chart{kind=progress}  docs/rules.md#chart-props');
    expect(checkMd('::chart{kind=economics project="huali-bio longjiang"}')[0]).toContain('::chart{kind=economics}：属性 project 应为一个项目 id，例如 ::chart{kind=economics project=huali-bio}  docs/rules.md#chart-props');
  });

  it('refuses a chart without a kind, another directive, and a chart written inside a line', () => {
    expect(checkMd('::chart')[0]).toContain('::chart：缺少属性 kind；应为以下之一：kind=economics、kind=milestones、kind=progress、kind=comparison，例如 ::chart{kind=economics project=huali-bio}  docs/rules.md#chart-props');
    expect(checkMd('::map{id=1}')[0]).toContain('::map：没有这个图表；图表写作 ::chart{kind=…}，例如 ::chart{kind=economics project=huali-bio}  docs/rules.md#unknown-chart');
    expect(checkMd(':::note\n文字\n:::')[0]).toMatch(/:::note：没有这个图表；.*unknown-chart$/);
    expect(checkMd('文字 :chart{kind=progress} 文字')[0]).toContain(':chart：图表要单独写一行，以两个冒号开头，例如 ::chart{kind=economics project=huali-bio}  docs/rules.md#chart-props');
  });

  it('says when a chart would draw nothing', () => {
    const dataset = datasetObject();
    dataset.projects.push({ ...dataset.projects[0]!, id: 'bare', name: '无数据项目', figures: {}, milestones: [], status: [] } as never);
    const text = `${ARTICLE_TEXT}\n::chart{kind=economics project=bare}\n`;
    const result = checkContent({ dataset: datasetFile(dataset), articles: [articleFile(text, 'content/articles/zone-report.md')] });
    const messages = result.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
    expect(messages).toContain(`content/articles/zone-report.md:${line}:1  error  ::chart{kind=economics project=bare}：数据集里没有项目 bare 的投资或收益数字，画不出这张图表  docs/rules.md#chart-without-data`);
  });
});

describe('parseIdList(expression)', () => {
  it('reads a JavaScript array of quoted ids, and nothing else', () => {
    expect(parseIdList(`["a-1", 'b']`)).toEqual(['a-1', 'b']);
    expect(parseIdList('[]')).toEqual([]);
    expect(parseIdList('ids')).toBeUndefined();
    expect(parseIdList('["A B"]')).toBeUndefined();
  });
});
