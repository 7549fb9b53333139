// The hostile-input corpus (tests/hostile/): content an attacker or a hurried editor writes, each case with exactly
// what must be printed. Most cases run in this process through the same reading and checking as npm run check;
// then npm run check and npm run build each run once over every article case together, to show the command
// prints the same lines, exits 1 and leaves no stack trace.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../scripts/lib/content.ts';
import { checkContentAndFacts } from '../src/lib/validate/checkAll.ts';
import { formatMessage, sortMessages } from '../src/lib/validate/diagnostics.ts';
import { BASE_ARTICLE, BASE_ARTICLE_PATH, BASE_DATASET, DATASET_PATH, TODAY } from './hostile/base.ts';
import { ARTICLE_CASES, DATASET_CASES, type ContentCase } from './hostile/content.ts';
import { copyProject, runScript, tempDir } from './helpers/project.ts';

/** Writes the base content with the case's changes under `root`. */
async function writeContent(root: string, cases: ContentCase[]): Promise<void> {
  await rm(path.join(root, 'content'), { recursive: true, force: true });
  await mkdir(path.join(root, 'content/articles'), { recursive: true });
  await mkdir(path.join(root, 'content/data'), { recursive: true });
  await writeFile(path.join(root, BASE_ARTICLE_PATH), BASE_ARTICLE);
  const dataset = cases.find((entry) => entry.dataset !== undefined)?.dataset;
  if (dataset === 'folder') await mkdir(path.join(root, DATASET_PATH));
  else if (dataset !== null) await writeFile(path.join(root, DATASET_PATH), dataset ?? BASE_DATASET);
  for (const entry of cases) for (const [name, text] of Object.entries(entry.articles ?? {})) await writeFile(path.join(root, 'content/articles', name), text);
}

async function checkLines(root: string): Promise<string[]> {
  const checked = checkContentAndFacts({ ...(await readContentFiles(root)), today: TODAY });
  return sortMessages(checked.files.flatMap((file) => file.messages)).map((message) => formatMessage(message));
}

const expectedTogether = (cases: ContentCase[]) => cases.flatMap((entry) => entry.expect);

let scratch: string;
beforeAll(async () => {
  scratch = await tempDir('jindu-hostile-');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('hostile content, case by case', () => {
  it('starts from content with nothing to report', async () => {
    const root = path.join(scratch, 'base');
    await writeContent(root, []);
    expect(await checkLines(root)).toEqual([]);
  });

  for (const entry of [...DATASET_CASES, ...ARTICLE_CASES]) {
    it(`${entry.id}: ${entry.about}`, async () => {
      const root = path.join(scratch, entry.id);
      await writeContent(root, [entry]);
      expect(await checkLines(root)).toEqual(entry.expect);
    });
  }
});

describe('hostile articles all at once, through the commands', () => {
  let project: string;
  beforeAll(async () => {
    project = await copyProject();
    await writeContent(project, ARTICLE_CASES);
  }, 60_000);
  afterAll(async () => {
    await rm(project, { recursive: true, force: true });
  });

  const lines = () => {
    const all = expectedTogether(ARTICLE_CASES);
    // npm run check prints in file order, then line and column.
    return all.sort((a, b) => {
      const [fileA, lineA, columnA] = a.split(':');
      const [fileB, lineB, columnB] = b.split(':');
      return fileA!.localeCompare(fileB!) || Number(lineA) - Number(lineB) || Number(columnA) - Number(columnB);
    });
  };
  const counts = () => {
    const all = expectedTogether(ARTICLE_CASES);
    return { errors: all.filter((line) => line.includes('  error  ')).length, warnings: all.filter((line) => line.includes('  warning  ')).length };
  };

  it('npm run check prints exactly the cases\' lines, sums up and exits 1', async () => {
    const result = await runScript(project, 'scripts/check.ts', [], { JINDU_TODAY: TODAY });
    const { errors, warnings } = counts();
    const files = ARTICLE_CASES.reduce((sum, entry) => sum + Object.keys(entry.articles ?? {}).length, 2);
    expect(result.stdout.trim().split('\n')).toEqual([...lines(), '', `${files} 个文件：${errors} 个错误，${warnings} 个警告`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  }, 120_000);

  it('npm run build stops with the same lines before building anything', async () => {
    const result = await runScript(project, 'scripts/build.ts', ['--quiet'], { JINDU_TODAY: TODAY });
    const { errors, warnings } = counts();
    expect(result.stderr.trim().split('\n')).toEqual([...lines(), '', `构建已停止：内容有 ${errors} 个错误、${warnings} 个警告。dist/ 没有改动。`]);
    expect(result.code).toBe(1);
  }, 120_000);
});
