// The editor's commands run end to end through their scripts, in a throwaway copy of the project so content/ is
// never touched: npm run import, npm run new and npm run check.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importScrapedArticle } from '../src/lib/import/importArticle.ts';
import { datasetSchema } from '../src/lib/schema.ts';
import { positionOf } from '../src/lib/validate/fixtures.ts';
import { replaceFile } from '../scripts/lib/articleFiles.ts';
import { copyProject, ROOT, runScript, SPAWN_TIMEOUT, tempDir } from './helpers/project.ts';

// Every test here runs the editor's commands as processes: on a busy machine they need more than vitest's 5 s.

const FIXTURES = path.join(ROOT, 'src/lib/import/fixtures');
const SEED_SCRAPE = path.join(ROOT, 'src/lib/clean/fixtures/seed.txt');
const SEED_SLUG = 'daqing-high-tech-key-projects-2023';

let project: string;
let scratch: string;

const articles = (root = project) => readdir(path.join(root, 'content/articles'));

const importer = (args: string[], env: NodeJS.ProcessEnv = {}, input?: Uint8Array) => runScript(project, 'scripts/import.ts', args, env, input);

beforeAll(async () => {
  project = await copyProject();
  scratch = await tempDir('jindu-scrapes-');
}, SPAWN_TIMEOUT);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run import', { timeout: SPAWN_TIMEOUT }, () => {
  it('explains itself', async () => {
    const result = await importer(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：npm run import -- FILE \[--slug SLUG\] \[--date YYYY-MM-DD\] \[--url URL\] \[--project ID\] \[--force\] \[--apply\]/);
    expect(result.stdout).toContain('用 - 从标准输入读取');
  });

  it('writes the seed scrape as an article, prints its path, and what it found', async () => {
    const result = await importer([SEED_SCRAPE, '--slug', 'demo', '--date', '2023-05-10']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('已写入 content/articles/demo.md');
    expect(result.stdout).toContain('  第5段：计划投资 5.2亿元（520000000 元） —— “该项目计划投资5.2亿元，…” → huali-bio 的 investment：与数据集一致');
    const damage = result.stdout.split('\n').find((line) => line.includes('mojibake'));
    expect(damage).toMatch(/^ {2}content\/articles\/demo\.md:\d+:\d+  warning  疑似乱码“/);
    expect(damage?.endsWith(`请对照原文改正  mojibake  （原文 ${SEED_SCRAPE}:7:227）`)).toBe(true);
    const dataset = datasetSchema.parse(JSON.parse(await readFile(path.join(project, 'content/data/projects.json'), 'utf8')));
    const expected = importScrapedArticle(await readFile(SEED_SCRAPE), { sourceName: 'seed.txt', slug: 'demo', date: '2023-05-10' }, dataset);
    expect(await readFile(path.join(project, 'content/articles/demo.md'), 'utf8')).toBe(expected.ok && expected.text);
  });

  it('never replaces an existing article unless told to with --force', async () => {
    const file = path.join(project, 'content/articles/demo.md');
    const before = await readFile(file, 'utf8');
    // The same scrape again is the same article: kept as it is, its proposals read from it.
    const kept = await importer([SEED_SCRAPE, '--slug', 'demo', '--date', '2023-05-10', '--url', 'https://example.com/a.html']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout.split('\n')[0]).toBe('保留 content/articles/demo.md：它已经导入并编辑过，没有改动。以下按它现在的内容提出数据集更新（同 npm run propose -- content/articles/demo.md）。');
    expect(await readFile(file, 'utf8')).toBe(before);

    // Another article under the same file name is refused.
    const other = path.join(project, 'content/articles/other-story.md');
    await writeFile(other, '---\ntitle: 另一篇\ndate: 2023-05-11\nsummary: 别的事。\n---\n\n这是一篇完全不同的文章，讲的是别的事情，与生物产业园无关。\n');
    const refused = await importer([SEED_SCRAPE, '--slug', 'other-story', '--date', '2023-05-10']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('content/articles/other-story.md 已经存在，而且是另一篇文章，没有写入任何文件。\n要替换它，加 --force 重新导入；或用 --slug 另选文件名。\n');
    expect(await readFile(other, 'utf8')).toContain('完全不同的文章');
    await rm(other);

    const replaced = await importer([SEED_SCRAPE, '--slug', 'demo', '--date', '2023-05-10', '--url', 'https://example.com/a.html', '--force']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout.split('\n')[0]).toBe('已替换 content/articles/demo.md');
    expect(await readFile(file, 'utf8')).toContain('  url: https://example.com/a.html\n');
    expect((await articles()).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('refuses to write beside an .mdx article at the same address, even with --force', async () => {
    const mdx = path.join(project, 'content/articles/chart-story.mdx');
    await writeFile(mdx, '---\ntitle: 图表稿\ndate: 2023-05-11\nsummary: 有图表。\n---\n\n<ZoneProgress />\n');
    const result = await importer([SEED_SCRAPE, '--slug', 'chart-story', '--date', '2023-05-10', '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'content/articles/chart-story.mdx 已经存在，没有写入任何文件。\n它是同一网址的另一种格式；请先删除它，或用 --slug 另选文件名。\n',
    );
    expect(existsSync(path.join(project, 'content/articles/chart-story.md'))).toBe(false);
    await rm(mdx);
  });

  it('reads standard input, and a GB18030 file, writing UTF-8', async () => {
    const fromStdin = await importer(['-'], {}, await readFile(path.join(FIXTURES, 'traditional-scrape.txt')));
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toContain('已写入 content/articles/hua-li-sheng-wu-chan-ye-yuan-xiang-mu-kai-gong-2023-06-18.md');
    expect(fromStdin.stdout).toContain('读取 stdin（UTF-8）：删除了拼音注音 4 处、图片占位符 2 处、网页杂项 4 行（见文末清单）；标题移入 frontmatter；已由繁体转为简体。');
    expect(fromStdin.stdout).toContain('（原文 stdin:6:44）');

    const gb = await importer([path.join(FIXTURES, 'gb18030-scrape.txt')]);
    expect(gb.code, gb.stderr).toBe(0);
    const written = await readFile(path.join(project, 'content/articles/long-jiang-hua-gong-ju-tan-suan-zhi-2023-07-01.md'), 'utf8');
    expect(written).toContain('title: 龙江化工聚碳酸酯联合一期项目计划7月底实现装置中交\n');
  });

  it('resolves a relative path from the folder npm was run in', async () => {
    await writeFile(path.join(scratch, 'relative.txt'), '大庆高新区项目观察\n华理生物产业园项目计划投资5.2亿元，进展顺利。\n');
    const result = await importer(['relative.txt', '--date', '2023-08-01'], { INIT_CWD: scratch });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('已写入 content/articles/da-qing-gao-xin-qu-xiang-mu-guan-cha-2023-08-01.md');
  });

  it('rejects empty, binary and missing files with a clear message and writes nothing', async () => {
    const before = await articles();
    await writeFile(path.join(scratch, 'empty.txt'), '');
    await writeFile(path.join(scratch, 'photo.jpg'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const empty = await importer([path.join(scratch, 'empty.txt')]);
    const binary = await importer([path.join(scratch, 'photo.jpg')]);
    const missing = await importer([path.join(scratch, 'nope.txt')]);
    expect([empty.code, binary.code, missing.code]).toEqual([1, 1, 1]);
    expect(empty.stderr).toBe(`${path.join(scratch, 'empty.txt')}  error  文件是空的，没有可导入的正文。  import-input\n没有写入任何文件。\n`);
    expect(binary.stderr).toContain('这不是文本文件（含有二进制内容），请粘贴文章正文的纯文本。');
    expect(missing.stderr).toBe(`${path.join(scratch, 'nope.txt')}  error  没有这个文件。没有写入任何文件。\n`);
    expect(await articles()).toEqual(before);
  });

  it('explains a wrong option', async () => {
    const result = await importer([SEED_SCRAPE, '--dat', '2023-05-10']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不认识的选项 --dat');
    expect(result.stderr).toContain('运行 npm run import -- --help 查看选项。');
  });
});

describe('npm run import of a follow-up report', { timeout: SPAWN_TIMEOUT }, () => {
  let followUpProject: string;
  const FOLLOW_UP = path.join(FIXTURES, 'follow-up-scrape.txt');
  const datasetFile = () => path.join(followUpProject, 'content/data/projects.json');

  beforeAll(async () => {
    followUpProject = await copyProject();
  }, SPAWN_TIMEOUT);

  afterAll(async () => {
    await rm(followUpProject, { recursive: true, force: true });
  });

  it('proposes the dataset updates as a list and a diff, and without --apply changes nothing in the dataset', async () => {
    const before = await readFile(datasetFile(), 'utf8');
    const result = await runScript(followUpProject, 'scripts/import.ts', [FOLLOW_UP, '--slug', 'huali-topped-out']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('数据集更新（9 条），都是以本文为来源的新报道：');
    expect(lines.find((line) => line.includes('milestones.construction-start'))).toMatch(
      /^ {4}\+ milestones\.construction-start 启动建设 {2}已完成 2023年6月20日；最初计划 2023年5月：晚了 20天 {3}content\/articles\/huali-topped-out\.md:\d+:\d+$/u,
    );
    expect(lines).toContain('+++ b/content/data/projects.json');
    expect(lines).toContain('+            "scope": "phase-1",');
    expect(lines.at(-2)).toBe('content/data/projects.json 没有改动。要写入这些更新，加 --apply 再运行一次：npm run import -- ' + [FOLLOW_UP, '--slug', 'huali-topped-out', '--apply'].join(' '));
    expect(await readFile(datasetFile(), 'utf8')).toBe(before);
  });

  it('with --apply writes them, keeps the article it wrote, passes npm run check, and has nothing more to propose', async () => {
    const article = await readFile(path.join(followUpProject, 'content/articles/huali-topped-out.md'), 'utf8');
    const applied = await runScript(followUpProject, 'scripts/import.ts', [FOLLOW_UP, '--slug', 'huali-topped-out', '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout.split('\n')[0]).toBe('保留 content/articles/huali-topped-out.md（此前已用同样的文字导入）');
    expect(applied.stdout).toContain('已把这些更新写入 content/data/projects.json。');
    expect(await readFile(path.join(followUpProject, 'content/articles/huali-topped-out.md'), 'utf8')).toBe(article);
    const dataset = datasetSchema.parse(JSON.parse(await readFile(datasetFile(), 'utf8')));
    const huali = dataset.projects.find((project) => project.id === 'huali-bio')!;
    expect(huali.figures.annualRevenue?.at(-1)).toEqual({ value: 100_000_000, qualifier: 'over', scope: 'project', asOf: '2024-07-01', source: { article: 'huali-topped-out', quote: '项目建成投产后，年销售收入超1亿元' } });
    expect((await readdir(path.join(followUpProject, 'content/data'))).filter((name) => name.includes('.tmp'))).toEqual([]);

    const check = await runScript(followUpProject, 'scripts/check.ts');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/ error /u);

    const again = await runScript(followUpProject, 'scripts/import.ts', [FOLLOW_UP, '--slug', 'huali-topped-out', '--apply']);
    expect(again.stdout).toContain('数据集更新：无；这篇文章报道的内容 content/data/projects.json 里都已记录。');
  });

  it('then warns where a later article restates the old forecast against the latest record', async () => {
    await writeFile(
      path.join(followUpProject, 'content/articles/huali-2025.md'),
      '---\ntitle: 华理生物产业园项目投产\ndate: 2025-01-10\nsummary: 华理生物产业园项目投产。\nprojects:\n  - huali-bio\n---\n\n华理生物产业园项目投产后，预计年销售收入5.24亿元。\n',
    );
    const check = await runScript(followUpProject, 'scripts/check.ts');
    expect(check.stdout + check.stderr).toContain(
      'content/articles/huali-2025.md:9:21  warning  文中为“预计年销售收入 5.24亿元”，数据集为 超1亿元（100000000 元）（huali-bio 的 figures.annualRevenue，最新的全项目报道，2024-07-01）  docs/rules.md#fact-mismatch',
    );
  });
});

describe('importing and proposing, in either order', { timeout: SPAWN_TIMEOUT }, () => {
  let root: string;
  const FOLLOW_UP = path.join(FIXTURES, 'follow-up-scrape.txt');
  const datasetFile = () => path.join(root, 'content/data/projects.json');
  const dataset = async () => datasetSchema.parse(JSON.parse(await readFile(datasetFile(), 'utf8')));
  const propose = (args: string[]) => runScript(root, 'scripts/propose.ts', args, { INIT_CWD: root });

  beforeAll(async () => {
    root = await copyProject();
  }, SPAWN_TIMEOUT);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps an imported article the editor has since edited, and applies what it now reports', async () => {
    const imported = await runScript(root, 'scripts/import.ts', [FOLLOW_UP, '--slug', 'huali-edited']);
    expect(imported.code, imported.stderr).toBe(0);
    const file = path.join(root, 'content/articles/huali-edited.md');
    // The editor retitles it and drops the sentence about revenue before recording the facts.
    const edited = (await readFile(file, 'utf8')).replace(/^title: .*$/mu, 'title: 华理生物产业园一期主体封顶').replace('项目建成投产后，年销售收入超1亿元。', '');
    await writeFile(file, edited);
    const applied = await runScript(root, 'scripts/import.ts', [FOLLOW_UP, '--slug', 'huali-edited', '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout.split('\n')[0]).toBe('保留 content/articles/huali-edited.md：它已经导入并编辑过，没有改动。以下按它现在的内容提出数据集更新（同 npm run propose -- content/articles/huali-edited.md）。');
    expect(applied.stdout).toContain('已把这些更新写入 content/data/projects.json。');
    expect(await readFile(file, 'utf8')).toBe(edited);
    const huali = (await dataset()).projects.find((project) => project.id === 'huali-bio')!;
    expect(huali.milestones.find((milestone) => milestone.id === 'construction-start')?.reports.at(-1)).toMatchObject({ type: 'done', date: { date: '2023-06-20', precision: 'day' }, source: { article: 'huali-edited' } });
    // The sentence the editor removed is not reported.
    expect(huali.figures.annualRevenue?.some((report) => report.source.article === 'huali-edited')).toBe(false);

    const again = await propose(['content/articles/huali-edited.md']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('数据集更新：无；这篇文章报道的内容 content/data/projects.json 里都已记录。');
  });

  it('reads an article that only says 该项目 as about the project its frontmatter lists', async () => {
    const article = 'content/articles/huali-later.md';
    const text = '---\ntitle: 产业园进展\ndate: 2024-11-05\nsummary: 产业园一期建成。\nprojects:\n  - huali-bio\n---\n\n记者从园区获悉，该项目一期已于10月28日竣工投产。\n';
    await writeFile(path.join(root, article), text);
    const dry = await propose([article]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('  huali-bio  华理生物产业园项目（由 --project 或文章的 projects 指定）');
    expect(dry.stdout).toContain('+ milestones.phase-1-completion（新节点：一期竣工）  已完成 2024年10月28日');
    expect(dry.stdout).toContain('要写入这些更新，加 --apply 再运行一次：npm run propose -- content/articles/huali-later.md --apply');
    const applied = await propose([article, '--apply']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(await readFile(path.join(root, article), 'utf8')).toBe(text);
    const check = await runScript(root, 'scripts/check.ts');
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('says plainly when it recognises no project, lists the closest with why, and --project ties it', async () => {
    const article = 'content/articles/huali-unnamed.md';
    await writeFile(path.join(root, article), '---\ntitle: 华理公司新厂房封顶\ndate: 2024-08-02\nsummary: 华理公司新厂房封顶。\n---\n\n宏伟园区内，大庆华理公司的新厂房日前封顶，项目预计年底前投产。\n');
    const unknown = await propose([article]);
    expect(unknown.code, unknown.stderr).toBe(0);
    const lines = unknown.stdout.split('\n');
    expect(lines).toContain('识别到的项目：无。文中没有数据集（content/data/projects.json）里任何项目的名称或别名，所以也无法提出它们的更新。');
    expect(lines.find((line) => line.trimStart().startsWith('huali-bio'))).toMatch(/名称中的“华理”出现在文中；所在园区“宏伟园区”出现在文中$/u);
    expect(lines).toContain('  如果文章说的就是其中一个，加 --project huali-bio（换成对应的标识）再运行；也可以把文中的叫法加进该项目的 aliases。');
    const tied = await propose([article, '--project', 'huali-bio']);
    expect(tied.code, tied.stderr).toBe(0);
    expect(tied.stdout).toContain('  注意：文章 frontmatter 的 projects 没有列出 huali-bio，文章不会出现在该项目的页面上；请在 projects 里加上 huali-bio（本命令不改文章）。');
    expect(tied.stdout).toContain('+ milestones.production（新节点：建成投产）  计划于 2024年年底前');
  });

  it('refuses what it cannot read, in one line naming the file or option, and changes nothing', async () => {
    const before = await readFile(datasetFile(), 'utf8');
    await writeFile(path.join(root, 'content/articles/undated.md'), '---\ntitle: 华理生物产业园项目开工\ndate: TODO\nsummary: 开工。\n---\n\n华理生物产业园项目开工。\n');
    const cases: Array<[string[], RegExp]> = [
      [['content/articles/undated.md'], /^content\/articles\/undated\.md:3:1  error  date/u],
      [['content/articles/huali-later.md', '--project', 'no-such'], /^--project“no-such”不是数据集里的项目标识；应为 huali-bio、/u],
      [[FOLLOW_UP], /  error  不是 content\/articles\/ 里的文章（\.md 或 \.mdx）/u],
      [['content/articles/missing.md'], /^content\/articles\/missing\.md  error  没有这个文件。$/u],
      [['--apply'], /^要从哪篇文章提出更新？/u],
    ];
    for (const [args, message] of cases) {
      const result = await propose(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.split('\n')[0], args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /u);
    }
    expect(await readFile(datasetFile(), 'utf8')).toBe(before);
  });
});

describe('npm run new', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a draft with today’s date, prints its path, and refuses to overwrite', async () => {
    const env = { JINDU_TODAY: '2024-03-01' };
    const result = await runScript(project, 'scripts/new.ts', ['--title', '华理生物产业园项目开工'], env);
    expect(result.code, result.stderr).toBe(0);
    const relative = 'content/articles/hua-li-sheng-wu-chan-ye-yuan-xiang-mu-kai-gong-2024-03-01.md';
    expect(result.stdout.split('\n')[0]).toBe(`已写出 ${relative}`);
    expect(await readFile(path.join(project, relative), 'utf8')).toBe('---\ntitle: 华理生物产业园项目开工\ndate: 2024-03-01\nsummary: TODO：一两句话的摘要\nprojects:\n  - huali-bio\ndraft: true\n---\n');
    const again = await runScript(project, 'scripts/new.ts', ['--title', '华理生物产业园项目开工'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`${relative} 已经存在，没有写入任何内容。请用 --slug 另选一个文件名。\n`);
    await rm(path.join(project, relative));
  });

  it('explains a missing title and a wrong JINDU_TODAY', async () => {
    const untitled = await runScript(project, 'scripts/new.ts', []);
    expect(untitled.code).toBe(1);
    expect(untitled.stderr).toContain('请给出标题：npm run new -- --title "华理生物产业园项目开工"');
    const wrongDay = await runScript(project, 'scripts/new.ts', ['--title', '标题'], { JINDU_TODAY: '2023-02-30' });
    expect(wrongDay.stderr).toBe('JINDU_TODAY：“2023-02-30”不是写成 YYYY-MM-DD 的真实日期，应像 2023-05-10\n');
    const help = await runScript(project, 'scripts/new.ts', ['--help']);
    expect(help.stdout).toMatch(/^用法：npm run new -- --title "标题" \[--slug SLUG\]/);
  });
});

describe('npm run check', { timeout: SPAWN_TIMEOUT }, () => {
  let clean: string;

  beforeAll(async () => {
    clean = await copyProject();
  }, SPAWN_TIMEOUT);

  afterAll(async () => {
    await rm(clean, { recursive: true, force: true });
  });

  async function seedArticle(root: string): Promise<{ name: string; text: string }> {
    const name = (await articles(root)).find((file) => file.startsWith(SEED_SLUG))!;
    return { name, text: await readFile(path.join(root, 'content/articles', name), 'utf8') };
  }

  it('passes the seed content with its two warnings about the stated start rate, and sums up', async () => {
    const result = await runScript(clean, 'scripts/check.ts');
    const { name, text } = await seedArticle(clean);
    const dataset = await readFile(path.join(clean, 'content/data/projects.json'), 'utf8');
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toBe(
      [
        `content/articles/${name}:${positionOf(text, '69.7%', '开复工率')}  warning  文中为“开复工率 69.7%”，但按数据集 2023 年的开复工项目和计划项目，30 ÷ 43 = 69.77%（按文中精度为 69.8%）  docs/rules.md#fact-vs-derived`,
        `content/data/projects.json:${positionOf(dataset, '"value": 69.7')}  warning  indicators.startRate[0]：所报开复工率 69.7% 与 30 ÷ 43 = 69.77% 不符（按所报精度为 69.8%）  docs/rules.md#stated-vs-derived`,
        '',
        '2 个文件：0 个错误，2 个警告',
        '',
      ].join('\n'),
    );
  });

  it('fails with --strict, where warnings count as errors', async () => {
    const result = await runScript(clean, 'scripts/check.ts', ['--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 个文件：2 个错误，0 个警告');
  });

  it('reports a figure that disagrees with the dataset, at its line and column, giving both numbers', async () => {
    const { name, text } = await seedArticle(clean);
    const file = path.join(clean, 'content/articles', name);
    const changed = text.replace('该项目计划投资5.2亿元', '该项目计划投资6亿元');
    try {
      await writeFile(file, changed);
      const result = await runScript(clean, 'scripts/check.ts');
      expect(result.stdout).toContain(
        `content/articles/${name}:${positionOf(changed, '6亿元')}  warning  文中为“计划投资 6亿元”，数据集为 5.2亿元（520000000 元）（huali-bio 的 figures.investment，引用本文的全项目报道，2023-05-10）  docs/rules.md#fact-mismatch\n`,
      );
    } finally {
      await writeFile(file, text);
    }
  });

  it('fails on an imported article until the editor fills its title, then passes', async () => {
    const imported = await runScript(clean, 'scripts/import.ts', [SEED_SCRAPE, '--slug', 'demo', '--date', '2023-05-10']);
    expect(imported.code, imported.stderr).toBe(0);
    const file = path.join(clean, 'content/articles/demo.md');
    try {
      const before = await runScript(clean, 'scripts/check.ts');
      expect(before.code).toBe(1);
      expect(before.stdout).toContain('content/articles/demo.md:2:1  error  title：仍是占位文字“TODO：标题（网页上没有可靠的标题行，请编辑填写）”；发布前请替换  docs/rules.md#todo\n');
      expect(before.stdout.trim().split('\n').at(-1)).toBe('3 个文件：1 个错误，3 个警告');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: 大庆高新区重点项目建设提速'));
      const after = await runScript(clean, 'scripts/check.ts');
      expect(after.code, after.stdout).toBe(0);
    } finally {
      await rm(file);
    }
  });

  it('checks a ::chart line of a Markdown article as it checks the chart component of an MDX one', async () => {
    const article = (title: string, chart: string) => `---\ntitle: ${title}\ndate: 2023-05-11\nsummary: 附图表的稿件。\nprojects:\n  - huali-bio\n---\n\n华理生物产业园项目进展顺利。\n\n${chart}\n`;
    const md = path.join(clean, 'content/articles/chart-line.md');
    const mdx = path.join(clean, 'content/articles/chart-component.mdx');
    await writeFile(md, article('图表稿一', '::chart{kind=economics project=huali-bi}'));
    await writeFile(mdx, article('图表稿二', '<ProjectEconomics project="huali-bi" />'));
    try {
      const result = await runScript(clean, 'scripts/check.ts');
      expect(result.code).toBe(1);
      const hint = 'content/data/projects.json 里没有项目 huali-bi（是不是 huali-bio？）  docs/rules.md#unknown-chart-project';
      expect(result.stdout).toContain(`content/articles/chart-line.md:11:1  error  ::chart{kind=economics project}：${hint}\n`);
      expect(result.stdout).toContain(`content/articles/chart-component.mdx:11:1  error  <ProjectEconomics project>：${hint}\n`);
    } finally {
      await rm(md);
      await rm(mdx);
    }
  });

  it('reports an MDX body that would not compile, like the build', async () => {
    const file = path.join(clean, 'content/articles/broken.mdx');
    await writeFile(file, '---\ntitle: 坏稿\ndate: 2023-05-11\nsummary: 正文有未闭合的组件。\n---\n\n<ZoneProgress\n\n正文\n');
    try {
      const result = await runScript(clean, 'scripts/check.ts');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('content/articles/broken.mdx:7:');
      expect(result.stdout).toMatch(/content\/articles\/broken\.mdx:7:\d+  error  正文不是有效的 MDX：.*  docs\/rules\.md#body-syntax/);
    } finally {
      await rm(file);
    }
  });

  it('explains itself', async () => {
    const result = await runScript(clean, 'scripts/check.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：npm run check \[-- --strict\]/);
    expect(result.stdout).toContain('  --fix       改正文章标题、摘要和正文里的中文标点和空格');
  });

  it('warns where an article has half-width punctuation or a stray space in Chinese text, one line per place', { timeout: 120_000 }, async () => {
    const file = path.join(clean, 'content/articles/works-start.md');
    const text = '---\ntitle: 园区项目进展\ndate: 2023-05-11\nsummary: 园区(东区)项目进展顺利。\n---\n\n园区里,机器轰鸣;总投资 30亿元。见`a,b`和https://example.cn/a?b=1。\n';
    await writeFile(file, text);
    try {
      const result = await runScript(clean, 'scripts/check.ts');
      expect(result.code, result.stdout).toBe(0);
      const at = (needle: string) => `content/articles/works-start.md:${positionOf(text, needle)}  warning`;
      expect(result.stdout.split('\n').filter((line) => line.includes('works-start'))).toEqual([
        `${at('(东区')}  中文里用了半角括号“(”，应为全角“（”：ry: 园区(东区)项目进 → ry: 园区（东区)项目进  docs/rules.md#zh-punctuation`,
        `${at(')项目')}  中文里用了半角括号“)”，应为全角“）”： 园区(东区)项目进展顺利 →  园区(东区）项目进展顺利  docs/rules.md#zh-punctuation`,
        `${at(',机器')}  中文里用了半角逗号“,”，应为全角“，”：园区里,机器轰鸣;总 → 园区里，机器轰鸣;总  docs/rules.md#zh-punctuation`,
        `${at(';总')}  中文里用了半角分号“;”，应为全角“；”：里,机器轰鸣;总投资 30 → 里,机器轰鸣；总投资 30  docs/rules.md#zh-punctuation`,
        `${at(' 30')}  数字和中文之间多了空格，应删去：轰鸣;总投资 30亿元。见 → 轰鸣;总投资30亿元。见  docs/rules.md#zh-spacing`,
      ]);
    } finally {
      await rm(file);
    }
  });
});

describe('npm run check -- --fix', () => {
  let scrap: string;
  const seedFiles = async (root: string) => {
    const name = (await articles(root)).find((file) => file.startsWith(SEED_SLUG))!;
    return { article: `content/articles/${name}`, dataset: 'content/data/projects.json' };
  };

  beforeAll(async () => {
    scrap = await copyProject();
  }, SPAWN_TIMEOUT);

  afterAll(async () => {
    await rm(scrap, { recursive: true, force: true });
  });

  it('republishes the seed as scraped (half-width) exactly as published, its quotes following, and says what it changed', { timeout: 180_000 }, async () => {
    const { article, dataset } = await seedFiles(scrap);
    const published = { article: await readFile(path.join(ROOT, article), 'utf8'), dataset: await readFile(path.join(ROOT, dataset), 'utf8') };
    // The seed as the scrape gave it: the body and the dataset's quotes with half-width marks, title and summary as they were.
    const [frontmatter, body] = [published.article.slice(0, published.article.indexOf('\n---\n') + 5), published.article.slice(published.article.indexOf('\n---\n') + 5)];
    const scraped = frontmatter + body.replaceAll('，', ',').replaceAll('；', ';').replace('（北京）', '(北京)');
    const scrapedDataset = published.dataset.replace(/^(\s*"quote": ).*$/gmu, (line) => line.replaceAll('，', ','));
    expect(scraped).not.toBe(published.article);
    await writeFile(path.join(scrap, article), scraped);
    await writeFile(path.join(scrap, dataset), scrapedDataset);

    const warned = await runScript(scrap, 'scripts/check.ts');
    const zh = warned.stdout.split('\n').filter((line) => line.endsWith('  docs/rules.md#zh-punctuation'));
    expect(zh).toHaveLength(59);
    expect(zh[0]).toBe(`${article}:${positionOf(scraped, ',大型机械')}  warning  中文里用了半角逗号“,”，应为全角“，”：项目建设现场,大型机械设备 → 项目建设现场，大型机械设备  docs/rules.md#zh-punctuation`);

    const fixed = await runScript(scrap, 'scripts/check.ts', ['--fix']);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    const lines = fixed.stdout.split('\n');
    expect(lines[0]).toBe(`${article}:${positionOf(scraped, ',大型机械')}  项目建设现场,大型机械设备 → 项目建设现场，大型机械设备  docs/rules.md#zh-punctuation`);
    expect(lines).toContain(`${article}:${positionOf(scraped, '(北京)')}  数字经济招商(北京)对接会 → 数字经济招商（北京)对接会  docs/rules.md#zh-punctuation`);
    expect(lines).toContain(`${dataset}:${positionOf(scrapedDataset, '"quote": "目前,项目土地已摘牌,正在')}  引文随文章更新：目前,项目土地已摘牌,正在进行前期设计环评、安评… → 目前，项目土地已摘牌，正在进行前期设计环评、安评…`);
    expect(lines).toContain('已改正 1 篇文章中的 59 处中文标点和空格，并更新了 content/data/projects.json 中的 10 条引文。');
    expect(lines.at(-2)).toBe('2 个文件：0 个错误，2 个警告');
    expect(await readFile(path.join(scrap, article), 'utf8')).toBe(published.article);
    expect(await readFile(path.join(scrap, dataset), 'utf8')).toBe(published.dataset);
    for (const folder of ['content/articles', 'content/data']) expect((await readdir(path.join(scrap, folder))).filter((name) => name.startsWith('.'))).toEqual([]);

    const again = await runScript(scrap, 'scripts/check.ts', ['--fix']);
    expect(again.stdout.split('\n')[0]).toBe('没有需要改正的中文标点和空格。');
    expect(await readFile(path.join(scrap, article), 'utf8')).toBe(published.article);
  });

  it('never replaces a file that changed after it was read', { timeout: 30_000 }, async () => {
    const file = 'content/articles/changing.md';
    await writeFile(path.join(scrap, file), 'editor’s newer text\n');
    expect(await replaceFile(scrap, file, 'fixed text\n', { changedFrom: 'text as read\n' })).toBe(false);
    expect(await readFile(path.join(scrap, file), 'utf8')).toBe('editor’s newer text\n');
    expect(await replaceFile(scrap, file, 'fixed text\n', { changedFrom: 'editor’s newer text\n' })).toBe(true);
    expect(await readFile(path.join(scrap, file), 'utf8')).toBe('fixed text\n');
    expect((await readdir(path.join(scrap, 'content/articles'))).filter((name) => name.startsWith('.'))).toEqual([]);
    await rm(path.join(scrap, file));
  });
});

it('leaves no temporary files behind', async () => {
  expect((await readdir(path.join(project, 'content/articles'))).filter((name) => name.startsWith('.'))).toEqual([]);
  expect(existsSync(path.join(ROOT, 'content/articles/demo.md'))).toBe(false);
  expect((await stat(path.join(ROOT, 'content/articles'))).isDirectory()).toBe(true);
});
