// The commands' part of the hostile-input corpus (tests/hostile/commands.ts): each case runs its command once in a
// copy of the project, four at a time, and must print exactly its lines, exit 1, and change nothing it protects.
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_CASES, type CommandCase } from './hostile/commands.ts';
import { copyProject, runScript, type RunResult } from './helpers/project.ts';

let project: string;
const results = new Map<string, { result: RunResult; prepared: unknown }>();

async function run(entry: CommandCase) {
  const prepared = await entry.before?.(project);
  const result = await runScript(project, entry.script, entry.args, { INIT_CWD: '', ...entry.env }, entry.input);
  results.set(entry.id, { result, prepared });
}

beforeAll(async () => {
  project = await copyProject();
  const queue = [...COMMAND_CASES];
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) await run(entry);
  }));
}, 240_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('hostile uses of the commands', () => {
  for (const entry of COMMAND_CASES) {
    it(`${entry.id}: ${entry.about}`, async () => {
      const { result, prepared } = results.get(entry.id)!;
      expect(result.stderr.trim().split('\n')).toEqual(entry.stderr);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.code).toBe(1);
      await entry.after?.(project, prepared);
    });
  }
});

describe('npm run import -- --apply on an immutable projects.json (chattr +i)', () => {
  // Root can replace a read-only file, but not an immutable one; chattr needs a file system and rights that allow
  // it (ext4 as root here and in CI).
  it('says so in one line, keeps the dataset, and does not claim to have written it', async (context) => {
    const dataset = path.join(project, 'content/data/projects.json');
    try {
      execFileSync('chattr', ['+i', dataset], { stdio: 'ignore' });
    } catch {
      context.skip('chattr +i is not available here');
    }
    try {
      const before = await readFile(dataset, 'utf8');
      const result = await runScript(project, 'scripts/import.ts', ['src/lib/import/fixtures/follow-up-scrape.txt', '--slug', 'immutable-follow-up', '--apply'], { INIT_CWD: '' });
      expect(result.stderr.trim().split('\n')).toEqual(['content/data/projects.json  error  不允许修改（只读或被锁定）（EPERM）：content/data/projects.json；数据集没有改变。']);
      expect(result.stdout).not.toContain('已把这些更新写入');
      expect(result.stdout).not.toContain('要写入这些更新');
      expect(result.stdout).toContain('+++ b/content/data/projects.json');
      expect(result.code).toBe(1);
      expect(await readFile(dataset, 'utf8')).toBe(before);
    } finally {
      execFileSync('chattr', ['-i', dataset], { stdio: 'ignore' });
    }
  }, 60_000);
});
