// The bench and the tests start the project's scripts themselves (to time them, pause them, kill them); they start
// each one as `npm run` does, with the Node options its package.json entry gives, so what they measure and test is
// the command editors run.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Node's options in package.json's `scripts` for the entry that runs `script` (`node [options] <script>`, each option
 * one word: `--import=./x.ts`, not `--import ./x.ts`), e.g. `['--max-semi-space-size=4', '--import=…']` for
 * scripts/build.ts; none when no entry runs it. npm runs scripts from the project's root, where a relative path in
 * them resolves: start them there.
 */
export function nodeOptionsFor(scripts: Record<string, string>, script: string): string[] {
  for (const command of Object.values(scripts)) {
    const words = command.trim().split(/\s+/u);
    if (words[0] !== 'node') continue;
    const at = words.findIndex((word, index) => index > 0 && !word.startsWith('-'));
    if (at > 0 && path.normalize(words[at]!) === path.normalize(script)) return words.slice(1, at);
  }
  return [];
}

/** The arguments for process.execPath that run `script` (relative to `root`) as `npm run` would, then `args`. */
export function nodeArgs(root: string, script: string, args: readonly string[] = []): string[] {
  const { scripts = {} } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return [...nodeOptionsFor(scripts, script), path.join(root, script), ...args];
}
