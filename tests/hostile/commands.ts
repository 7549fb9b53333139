// Hostile and careless uses of the commands (npm run build, npm run import): wrong folders, read-only files,
// addresses that would run, pastes far too large. Each with exactly what must be printed and what must not change.
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { positionOf } from '../../src/lib/validate/fixtures.ts';
import { ROOT } from '../helpers/project.ts';

/** Where the seed's one warning points: found in the file, so editing the dataset above it moves no test. */
const STATED_RATE = positionOf(readFileSync(path.join(ROOT, 'content/data/projects.json'), 'utf8'), '"value": 69.7');

export interface CommandCase {
  id: string;
  about: string;
  script: 'scripts/build.ts' | 'scripts/import.ts';
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Standard input, for `-`. */
  input?: string;
  /** Prepares the project copy; what it returns is passed to `after`. */
  before?: (root: string) => Promise<unknown>;
  /** Exactly the lines on standard error (the exit code is 1 for every case). */
  stderr: string[];
  /** What must still hold afterwards: nothing replaced, nothing written, no mode changed. */
  after?: (root: string, prepared: unknown) => Promise<void>;
}

const SCRAPE = 'src/lib/import/fixtures/bom-scrape.txt';
const OUT_DIR_HINT = '构建会用网站替换其中的文件；请指定一个单独的文件夹，如 dist';

async function unchanged(root: string, file: string, text: string) {
  if ((await readFile(path.join(root, file), 'utf8')) !== text) throw new Error(`${file} was changed`);
}

const articleCount = async (root: string) => (await import('node:fs/promises')).readdir(path.join(root, 'content/articles')).then((names) => names.length);

export const COMMAND_CASES: CommandCase[] = [
  {
    id: 'build-into-content',
    about: '--out-dir content (replaced the dataset and articles with the site, exit 0)',
    script: 'scripts/build.ts',
    args: ['--out-dir', 'content'],
    before: async (root) => readFile(path.join(root, 'content/data/projects.json'), 'utf8'),
    stderr: [`--out-dir content：在项目的 content/ 之内，${OUT_DIR_HINT}`],
    after: async (root, dataset) => unchanged(root, 'content/data/projects.json', dataset as string),
  },
  { id: 'build-into-src-pages', about: '--out-dir src/pages', script: 'scripts/build.ts', args: ['--out-dir', 'src/pages'], stderr: [`--out-dir src/pages：在项目的 src/ 之内，${OUT_DIR_HINT}`] },
  { id: 'build-into-public', about: '--out-dir public', script: 'scripts/build.ts', args: ['--out-dir', 'public'], stderr: [`--out-dir public：在项目的 public/ 之内，${OUT_DIR_HINT}`] },
  { id: 'build-into-node-modules', about: '--out-dir node_modules/.cache/site', script: 'scripts/build.ts', args: ['--out-dir', 'node_modules/.cache/site'], stderr: [`--out-dir node_modules/.cache/site：在项目的 node_modules/ 之内，${OUT_DIR_HINT}`] },
  { id: 'build-into-root', about: '--out-dir . (the project itself)', script: 'scripts/build.ts', args: ['--out-dir', '.'], stderr: ['--out-dir .：这是项目本身，构建会用网站替换它；请指定一个单独的文件夹，如 dist'] },
  { id: 'build-into-parent', about: '--out-dir .. (the folder holding the project)', script: 'scripts/build.ts', args: ['--out-dir', '..'], stderr: ['--out-dir ..：这是项目本身所在的文件夹，构建会用网站替换它；请指定一个单独的文件夹，如 dist'] },
  { id: 'build-into-a-file', about: '--out-dir naming a file', script: 'scripts/build.ts', args: ['--out-dir', 'astro.config.mjs'], stderr: ['--out-dir astro.config.mjs：这是一个文件，不是文件夹；构建需要一个文件夹来放网站'] },
  {
    id: 'build-into-someones-folder',
    about: '--out-dir a folder of other files (would be replaced whole)',
    script: 'scripts/build.ts',
    args: ['--out-dir', 'notes'],
    before: async (root) => {
      await mkdir(path.join(root, 'notes'), { recursive: true });
      await writeFile(path.join(root, 'notes/todo.txt'), '别删我');
    },
    stderr: ['--out-dir notes：文件夹里已有文件，却不像是以前构建的网站（没有 index.html）；为免替换其中的文件，构建没有开始'],
    after: async (root) => unchanged(root, 'notes/todo.txt', '别删我'),
  },
  { id: 'build-unknown-option', about: 'a misspelt option', script: 'scripts/build.ts', args: ['--outdir', 'x'], stderr: ['不认识的选项 --outdir', '运行 npm run build -- --help 查看选项。'] },
  { id: 'build-javascript-site-url', about: 'SITE_URL=javascript:…', script: 'scripts/build.ts', args: [], env: { SITE_URL: 'javascript:alert(1)' }, stderr: ['SITE_URL：应为网站的公开地址，如 https://news.example.com（http 或 https），实为“javascript:alert(1)”'] },
  { id: 'build-markup-base-path', about: 'BASE_PATH with markup in it', script: 'scripts/build.ts', args: [], env: { BASE_PATH: '"><script>' }, stderr: ['BASE_PATH：应为文件夹，如 /reports/daqing/（斜杠之间只用拉丁字母、数字和 - _ . ~），实为“"><script>”，其中“"><script>”一段不合要求'] },
  {
    id: 'build-read-only-dist',
    about: 'a read-only dist/ (was a stack trace after a whole build)',
    script: 'scripts/build.ts',
    args: ['--out-dir', 'site'],
    env: { JINDU_TODAY: '2026-11-25' },
    before: async (root) => {
      await mkdir(path.join(root, 'site'), { recursive: true });
      await writeFile(path.join(root, 'site/index.html'), '<p>the last good site</p>');
      await chmod(path.join(root, 'site'), 0o555);
    },
    stderr: [
      // The seed content's one warning, then the refusal, before anything is built.
      `content/data/projects.json:${STATED_RATE}  warning  indicators.startRate[0]：所报开复工率 69.7% 与 30 ÷ 43 = 69.77% 不符（按所报精度为 69.8%）  docs/rules.md#stated-vs-derived`,
      'site/ 是只读的，新网站无法放进去；请先改回可写（chmod u+w），原有网站保持不变',
    ],
    after: async (root) => {
      await unchanged(root, 'site/index.html', '<p>the last good site</p>');
      await chmod(path.join(root, 'site'), 0o755);
    },
  },
  {
    id: 'import-javascript-url',
    about: 'npm run import -- --url javascript:alert(1) (was written into source.url)',
    script: 'scripts/import.ts',
    args: ['--url', 'javascript:alert(1)', SCRAPE],
    before: articleCount,
    stderr: ['--url "javascript:alert(1)"：网址以“javascript:”开头，不能发布为链接；只允许 http:、https:、mailto: 或本站内的路径。没有写入任何文件。'],
    after: async (root, count) => {
      if ((await articleCount(root)) !== count) throw new Error('an article was written');
    },
  },
  {
    id: 'import-data-url',
    about: '--url with a data: page',
    script: 'scripts/import.ts',
    args: ['--url', 'data:text/html,<script>alert(1)</script>', SCRAPE],
    stderr: ['--url "data:text/html,<script>alert(1)</script>"：网址以“data:”开头，不能发布为链接；只允许 http:、https:、mailto: 或本站内的路径。没有写入任何文件。'],
  },
  {
    id: 'import-too-large-file',
    about: 'a 3 MB file (a 50 MB paste took 32 s and 1.9 GB)',
    script: 'scripts/import.ts',
    args: ['huge.txt'],
    env: { INIT_CWD: '' },
    before: async (root) => writeFile(path.join(root, 'huge.txt'), '大庆高新区项目建设。'.repeat(100_000)),
    stderr: ['huge.txt  error  文件有 2.9 MB，超过一篇文章的上限 2.0 MB：不像是一篇文章，没有导入。没有写入任何文件。'],
  },
  {
    id: 'import-too-large-paste',
    about: 'a 3 MB paste on standard input: refused without reading the rest',
    script: 'scripts/import.ts',
    args: ['-'],
    input: '大庆高新区项目建设。'.repeat(100_000),
    stderr: ['stdin  error  输入超过一篇文章的上限 2.0 MB：不像是一篇文章，没有导入。没有写入任何文件。'],
  },
  {
    id: 'import-apply-read-only-dataset',
    about: '--apply on a read-only projects.json (was silently replaced, its mode lost)',
    script: 'scripts/import.ts',
    args: ['--apply', SCRAPE],
    before: async (root) => {
      const file = path.join(root, 'content/data/projects.json');
      await chmod(file, 0o444);
      return { text: await readFile(file, 'utf8'), count: await articleCount(root) };
    },
    stderr: ['content/data/projects.json 是只读文件，--apply 没有写入任何内容；需要写入时请先改为可写（chmod u+w），它的权限保持不变'],
    after: async (root, prepared) => {
      const file = path.join(root, 'content/data/projects.json');
      const { text, count } = prepared as { text: string; count: number };
      await unchanged(root, 'content/data/projects.json', text);
      if (((await stat(file)).mode & 0o777) !== 0o444) throw new Error('the mode changed');
      if ((await articleCount(root)) !== count) throw new Error('an article was written');
      await chmod(file, 0o644);
    },
  },
  {
    id: 'import-slug-traversal',
    about: '--slug ../../../tmp/x (a path out of content/articles/)',
    script: 'scripts/import.ts',
    args: ['--slug', '../../../tmp/jindu-escaped', SCRAPE],
    stderr: [`${SCRAPE}  error  --slug“../../../tmp/jindu-escaped”不能用作网址：只能用小写拉丁字母、数字和单个连字符，如“huali-bio-2023-05”  import-option`, '没有写入任何文件。'],
    after: async () => {
      if (existsSync('/tmp/jindu-escaped.md')) throw new Error('written outside content/');
    },
  },
];
