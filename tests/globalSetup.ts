// Once per run, for every project: hands out the builds several test files read (tests/helpers/sharedBuilds.ts),
// each made the first time a file asks for it, so a run builds it once and only when a file needs it, while the
// files that need none already run. Test files run in other processes, so they ask over loopback.
import { createServer, type Server } from 'node:http';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CORPUS_TODAY } from '../src/lib/bench/corpus.ts';
import { writeCorpus } from '../scripts/bench/corpus.ts';
import { buildBrowserSite } from './browser/site.ts';
import { copyProject, runScript, tempDir } from './helpers/project.ts';
import { CORPUS, SEED, type Cleanup, type SharedBuild, type SharedBuilds } from './helpers/sharedBuilds.ts';

/**
 * npm run build in a throwaway copy of the project, with blank hosting variables (the developer's shell may set
 * them) and its own cache, `prepare` run on the copy first. In a copy, so it need not wait for the build of the
 * browser tests' site in the repository (one build at a time per project).
 */
async function buildInCopy(cleanup: Cleanup, name: string, env: NodeJS.ProcessEnv, prepare?: (project: string) => Promise<unknown>): Promise<SharedBuild> {
  const project = await copyProject();
  const dir = await tempDir(`jindu-${name}-`);
  cleanup.push(() => rm(project, { recursive: true, force: true }), () => rm(dir, { recursive: true, force: true }));
  await prepare?.(project);
  const [out, cache] = [path.join(dir, 'dist'), path.join(dir, 'cache')];
  const result = await runScript(project, 'scripts/build.ts', ['--out-dir', out, '--quiet'], { BASE_PATH: '', SITE_URL: '', JINDU_CACHE_DIR: cache, ...env });
  return { project, out, cache, ...result };
}

/** How each build is made; what it leaves to delete or stop when the run ends goes to `cleanup`. */
const recipes: { [Name in keyof SharedBuilds]: (cleanup: Cleanup) => Promise<SharedBuilds[Name]> } = {
  seed: (cleanup) => buildInCopy(cleanup, 'seed', { JINDU_TODAY: SEED.today }),
  corpus: (cleanup) =>
    buildInCopy(cleanup, 'corpus', { JINDU_TODAY: CORPUS_TODAY, JINDU_SEGMENT_PAGES: CORPUS.segmentPages }, async (project) => {
      await rm(path.join(project, 'content'), { recursive: true, force: true });
      await writeCorpus(project, CORPUS.articles);
    }),
  browser: buildBrowserSite,
};

/** The service, one for the whole run however many projects set it up (globalThis is this process's). */
interface Service {
  server: Server;
  url: string;
  users: number;
  /** Forgets the builds made so far and deletes them, so the next request builds again. */
  reset: () => Promise<void>;
}
const SERVICE = Symbol.for('jindu.tests.sharedBuilds');

async function startService(): Promise<Service> {
  const builds = new Map<string, Promise<string>>();
  const cleanup: Cleanup = [];
  const server = createServer((request, response) => {
    const name = (request.url ?? '').slice(1);
    if (!Object.hasOwn(recipes, name)) {
      response.writeHead(404).end();
      return;
    }
    if (!builds.has(name)) {
      const made = recipes[name as keyof SharedBuilds](cleanup);
      builds.set(name, made.then(JSON.stringify, (error: unknown) => JSON.stringify({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    // A space now and then, which JSON ignores, so no client gives up on a build slowed by a busy machine.
    const alive = setInterval(() => response.write(' '), 10_000);
    void builds.get(name)!.then((body) => {
      clearInterval(alive);
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const reset = async () => {
    builds.clear();
    await Promise.all(cleanup.splice(0).map((step) => step()));
  };
  return { server, url: `http://127.0.0.1:${port}/`, users: 0, reset };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const slots = globalThis as Record<symbol, Promise<Service> | undefined>;
  const service = await (slots[SERVICE] ??= startService());
  service.users++;
  project.provide('sharedBuilds', service.url);
  // In watch mode the code may have changed since: a rerun builds again.
  project.onTestsRerun(service.reset);
  return async () => {
    if (--service.users > 0) return;
    slots[SERVICE] = undefined;
    service.server.closeAllConnections();
    await new Promise<void>((resolve) => service.server.close(() => resolve()));
    await service.reset();
  };
}
