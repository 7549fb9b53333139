// The commands' part of the hostile-input corpus (tests/hostile/commands.ts): each case runs its command once in a
// copy of the project, four at a time, and must print exactly its lines, exit 1, and change nothing it protects.
import { rm } from 'node:fs/promises';
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
