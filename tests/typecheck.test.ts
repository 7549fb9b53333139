// astro check over the whole project (TypeScript and .astro files, the tests too), with no error and no warning.
// Part of the suite rather than a step before it, so it runs beside the other files on the second core.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUILD_TIMEOUT, copyProject, runProcess } from './helpers/project.ts';

let project: string | undefined;

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

// In a copy: astro check first writes Astro's generated types (.astro/), which builds in the project rewrite meanwhile.
it('astro check finds no error and no warning', { timeout: BUILD_TIMEOUT }, async () => {
  project = await copyProject(['tests']);
  const astro = path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Plain text: the diagnostics are the failure message.
  const result = await runProcess(project, [astro, 'check', '--minimumSeverity', 'warning'], { FORCE_COLOR: '0', NO_COLOR: '1' });
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.stdout).toMatch(/^- 0 errors$/m);
  expect(result.stdout).toMatch(/^- 0 warnings$/m);
});
