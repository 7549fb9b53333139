// Builds the seed site as an editor does (npm run build's script) and reads the pages a reader gets.
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, listFiles, readText, ROOT, runScript, tempDir, type RunResult } from './helpers/project.ts';
import { links, parseHtml, visibleText } from './helpers/html.ts';
import { positionOf } from '../src/lib/validate/fixtures.ts';

const SEED_SLUG = 'daqing-high-tech-key-projects-2023';
const PROJECT_IDS = ['huali-bio', 'longjiang-chemical-polycarbonate', 'volvo-daqing-phase-1-upgrade', 'mingyang-northeast-wind-base', 'commercial-college-relocation'];

let out: string;
let build: RunResult;

async function page(relative: string) {
  return parseHtml(await readText(path.join(out, relative)));
}

beforeAll(async () => {
  out = path.join(await tempDir('jindu-build-'), 'dist');
  build = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', out, '--quiet']);
}, 120_000);

afterAll(async () => {
  await rm(path.dirname(out), { recursive: true, force: true });
});

describe('npm run build on the seed content', () => {
  it('succeeds and prints the stated-rate warning as one line', () => {
    const dataset = readFileSync(path.join(ROOT, 'content/data/projects.json'), 'utf8');
    expect(build.stderr).toContain(
      `content/data/projects.json:${positionOf(dataset, '"value": 69.7')}  warning  indicators.startRate[0]: stated start rate 69.7% differs from 30 ÷ 43 = 69.77% (69.8% at the stated precision)  stated-vs-derived`,
    );
    // The build checks content but does not fact-check it: that is npm run check's job.
    expect(build.stderr).not.toContain('fact-');
    expect(build.code, build.stderr).toBe(0);
  });

  it('writes every page, a 404 page and a favicon', async () => {
    const files = await listFiles(out);
    for (const expected of [
      'index.html',
      '404.html',
      'favicon.svg',
      'articles/index.html',
      `articles/${SEED_SLUG}/index.html`,
      'projects/index.html',
      'data/index.html',
      ...PROJECT_IDS.map((id) => `projects/${id}/index.html`),
    ]) {
      expect(files).toContain(expected);
    }
  });

  it('publishes the article whole, clean and in Simplified Chinese', async () => {
    const article = await page(`articles/${SEED_SLUG}/index.html`);
    const body = visibleText(article.querySelector('.prose:not(.lede)')!);
    const source = await readText(path.join(ROOT, `content/articles/${SEED_SLUG}.md`));
    const paragraphs = source.split(/^---$/m)[2]!.split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
    expect(paragraphs).toHaveLength(10);
    for (const paragraph of paragraphs) expect(body).toContain(paragraph);

    expect(body).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    expect(body).not.toMatch(/資料圖|资料图|關閉|关闭|\?/);
    expect(body).toContain('(北京)');
    expect(body).toContain('乘着大庆市高质量发展重点项目集中开工现场会的春风');
    expect(body).toContain('着力提升“高”“新”能力');
    expect(body).toContain('实打实解决原料、资金、技术、用工等实际困难');
    // Characters that exist only in Traditional script must be gone.
    expect(body).not.toMatch(/[區項經發區慶們為與進開點資]/);
  });

  it('says on the article page how the text was restored and dated', async () => {
    const text = visibleText(await page(`articles/${SEED_SLUG}/index.html`));
    expect(text).toContain('2023年5月上旬');
    expect(text).toContain('编辑据上下文人工恢复');
    expect(text).toContain('原始出处未能确认');
  });

  it('shows the Huali Bio figures, milestones and their quoted source', async () => {
    const text = visibleText(await page('projects/huali-bio/index.html'));
    for (const figure of ['5.2亿元', '10公顷', '5.24亿元', '1.7亿元', '3400万元']) expect(text).toContain(figure);
    for (const date of ['计划：2023年5月', '计划：2023年7月', '计划：2023年10月底', '计划：2023年年底前']) expect(text).toContain(date);
    expect(text).toContain('已完成：日期未报道');
    expect(text).toContain('“该项目计划投资5.2亿元,占地面积10公顷,全部投产后,预计实现年销售收入5.24亿元、利润1.7亿元、税收0.34亿元”');
    // Derived values are computed, and labelled as such.
    expect(text).toContain('346.67万元/亩');
    expect(text).toContain('3.1年');
  });

  it('lists every project on /projects/, the one with figures first', async () => {
    const rows = (await page('projects/index.html')).querySelectorAll('tbody tr');
    expect(rows).toHaveLength(PROJECT_IDS.length);
    expect(visibleText(rows[0]!)).toContain('华理生物产业园项目');
    expect(visibleText(rows[0]!)).toContain('5.2亿元');
  });

  it('shows the zone indicators with the stated and the computed start rate', async () => {
    const text = visibleText(await page('index.html'));
    for (const figure of ['43个', '15个', '30个', '69.7%', '按 30 ÷ 43 计算为 69.77%']) expect(text).toContain(figure);
  });

  it('documents the dataset fields with their units on /data/', async () => {
    const text = visibleText(await page('data/index.html'));
    expect(text).toContain('projects[].figures.investment[].value');
    expect(text).toContain('计划投资');
    expect(text).toContain('CC BY 4.0');
  });

  it('has no internal link or asset that does not resolve', async () => {
    const files = new Set(await listFiles(out));
    const broken: string[] = [];
    for (const file of [...files].filter((name) => name.endsWith('.html'))) {
      for (const href of links(await page(file))) {
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        const target = decodeURI(href.split('#')[0]!.split('?')[0]!).replace(/^\//, '');
        const resolved = target.endsWith('/') || target === '' ? `${target}index.html` : target;
        if (!files.has(resolved)) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('npm run build on broken content', () => {
  let project: string;

  beforeAll(async () => {
    project = await copyProject();
    const good = await runScript(project, 'scripts/build.ts', ['--quiet']);
    expect(good.code, good.stderr).toBe(0);
    await writeFile(path.join(project, 'dist', 'marker.txt'), 'the last good site');
  }, 120_000);

  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  it('stops with one line per problem, no stack trace, and leaves dist/ as it was', async () => {
    const datasetPath = path.join(project, 'content/data/projects.json');
    const articlePath = path.join(project, `content/articles/${SEED_SLUG}.md`);
    const [dataset, article] = await Promise.all([readFile(datasetPath, 'utf8'), readFile(articlePath, 'utf8')]);
    const before = await stat(path.join(project, 'dist/index.html'));
    try {
      await writeFile(datasetPath, dataset.replace('"value": 520000000', '"value": -520000000'));
      await writeFile(articlePath, article.replace('  - huali-bio\n', '  - huali-bio\n  - no-such-project\n').replace('date: 2023-05-10', 'date: 2023-02-30'));
      const result = await runScript(project, 'scripts/build.ts');
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toContain(`content/articles/${SEED_SLUG}.md:3:1  error  date: expected a real calendar date written YYYY-MM-DD, like "2023-05-10", got "2023-02-30"  frontmatter`);
      expect(lines).toContain(`content/articles/${SEED_SLUG}.md:8:5  error  projects[1]: no project "no-such-project" in content/data/projects.json; expected one of: huali-bio, longjiang-chemical-polycarbonate, volvo-daqing-phase-1-upgrade, mingyang-northeast-wind-base, commercial-college-relocation  unknown-project`);
      expect(lines.some((line) => /^content\/data\/projects\.json:\d+:\d+  error  projects\[0\]\.figures\.investment\[0\]\.value: expected a number ≥ 0, got -520000000  schema$/.test(line))).toBe(true);
      expect(lines.at(-1)).toBe('Build stopped: 3 errors in content (0 warnings). dist/ was not changed.');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
      expect((await stat(path.join(project, 'dist/index.html'))).mtimeMs).toBe(before.mtimeMs);
    } finally {
      await writeFile(datasetPath, dataset);
      await writeFile(articlePath, article);
    }
  }, 60_000);

  it('stops at the content check on an MDX body that would not compile', async () => {
    const broken = path.join(project, 'content/articles/broken-body.mdx');
    await writeFile(broken, '---\ntitle: 坏稿\ndate: 2023-05-11\nsummary: 正文有未闭合的组件。\n---\n\n<Chart project="x"\n\n正文\n');
    try {
      const result = await runScript(project, 'scripts/build.ts', ['--quiet']);
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toMatch(/^content\/articles\/broken-body\.mdx:7:1  error  the body is not valid MDX: Unexpected character .*  body-syntax$/);
      expect(lines.at(-1)).toBe('Build stopped: 1 error in content (1 warning). dist/ was not changed.');
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
    } finally {
      await rm(broken);
    }
  }, 60_000);

  it('keeps dist/ when Astro itself fails on an article body', async () => {
    // Valid MDX the content check accepts, importing a component that does not exist: only Astro can tell.
    const broken = path.join(project, 'content/articles/broken-body.mdx');
    await writeFile(broken, "---\ntitle: 坏稿\ndate: 2023-05-11\nsummary: 正文引用了不存在的组件。\n---\n\nimport Chart from '../../src/components/charts/NoSuchChart.astro';\n\n<Chart />\n");
    try {
      const result = await runScript(project, 'scripts/build.ts', ['--quiet']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/content\/articles\/broken-body\.mdx:\d+:\d+  error  .*Could not resolve .*NoSuchChart\.astro/);
      expect(result.stderr.trim().split('\n').at(-1)).toBe('Build failed. dist/ was not changed.');
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await readFile(path.join(project, 'dist/marker.txt'), 'utf8')).toBe('the last good site');
      expect(existsSync(path.join(project, 'dist/articles/broken-body'))).toBe(false);
    } finally {
      await rm(broken);
    }
  }, 60_000);

  it('shows text that looks like HTML as text, never as markup', async () => {
    const articlePath = path.join(project, `content/articles/${SEED_SLUG}.md`);
    const article = await readFile(articlePath, 'utf8');
    try {
      await writeFile(articlePath, article.replace(/^title: .*$/m, 'title: "<script>alert(1)</script>标题"'));
      await appendFile(path.join(project, 'content/data/projects.json'), '');
      const result = await runScript(project, 'scripts/build.ts', ['--quiet']);
      expect(result.code, result.stderr).toBe(0);
      const html = await readFile(path.join(project, `dist/articles/${SEED_SLUG}/index.html`), 'utf8');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;标题');
    } finally {
      await writeFile(articlePath, article);
    }
  }, 60_000);
});
