import { describe, expect, it } from 'vitest';
import { checkContent } from './checkContent.ts';
import { formatMessage } from './diagnostics.ts';
import { ARTICLE_TEXT, articleFile, datasetFile } from './fixtures.ts';
import { parseIdList } from './chartEmbeds.ts';

function check(body: string): string[] {
  const text = `${ARTICLE_TEXT}\n${body}\n`;
  const result = checkContent({ dataset: datasetFile(), articles: [articleFile(text, 'content/articles/zone-report.mdx')] });
  return result.files.flatMap((file) => file.messages.map((message) => formatMessage(message)));
}

const line = ARTICLE_TEXT.split('\n').length + 1;

describe('checkChartEmbeds (through checkContent)', () => {
  it('accepts the charts with their props', () => {
    expect(check('<ProjectEconomics project="huali-bio" />\n\n<ZoneProgress />\n\n<Milestones projects={["huali-bio"]} />\n\n<ProjectsComparison />')).toEqual([]);
  });

  it('names the article, the line and the unknown project id', () => {
    expect(check('<ProjectEconomics project="huali-bi" />')).toEqual([
      `content/articles/zone-report.mdx:${line}:1  error  <ProjectEconomics project>: no project "huali-bi" in content/data/projects.json; did you mean "huali-bio"?  unknown-chart-project`,
    ]);
    expect(check('<Milestones projects={["huali-bio", "nope"]} />')[0]).toContain('<Milestones projects>: no project "nope"');
  });

  it('suggests the chart meant by a misspelt component', () => {
    expect(check('<ProjectEconomic project="huali-bio" />')).toEqual([
      `content/articles/zone-report.mdx:${line}:1  error  <ProjectEconomic>: no such chart; did you mean <ProjectEconomics>?  unknown-chart`,
    ]);
  });

  it('explains missing, unknown and malformed props with an example', () => {
    expect(check('<ProjectEconomics />')[0]).toContain('<ProjectEconomics>: expected "project", like <ProjectEconomics project="huali-bio" />  chart-props');
    expect(check('<ZoneProgress year="2023" />')[0]).toContain('<ZoneProgress>: unknown prop "year"; it takes none, like <ZoneProgress />');
    expect(check('<Milestones projects="huali-bio" />')[0]).toContain('"projects" expected a list of project ids, like <Milestones projects={["huali-bio", "longjiang-chemical-polycarbonate"]} />');
  });

  it('leaves HTML elements and imported components to the code check, which refuses them once each', () => {
    expect(check('文字<br />文字').map((message) => message.split('  ').at(-1))).toEqual(['raw-html']);
    expect(check("import Map from './map.astro';\nimport { Box as Frame } from './box.astro';\n\n<Map />\n\n<Frame />").map((message) => message.split('  ').at(-1))).toEqual(['mdx-code']);
  });

  it('accepts an import of a chart component itself, which is harmless', () => {
    expect(check("import ZoneProgress from '../../src/components/embeds/ZoneProgress.astro';\n\n<ZoneProgress />")).toEqual([]);
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
