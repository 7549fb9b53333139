// Once per run, for every project: hands out the builds several test files read (tests/helpers/sharedBuilds.ts),
// each made the first time a file asks for it, so a run builds it once and only when a file needs it. Test files run
// in other processes, so they ask over loopback.
import { createServer, type Server } from 'node:http';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CORPUS_TODAY } from '../src/lib/bench/corpus.ts';
import { writeCorpus } from '../scripts/bench/corpus.ts';
import { copyProject, ROOT, runScript, tempDir } from './helpers/project.ts';
import { CORPUS, SEED, type SharedBuild, type SharedBuildName } from './helpers/sharedBuilds.ts';

/** How each build is made; `keep` is told of the folders to delete when the run ends. */
const recipes: Record<SharedBuildName, (keep: (dir: string) => void) => Promise<SharedBuild>> = {
  // As npm run build makes it, with blank hosting variables (the developer's shell may set them).
  seed: async (keep) => {
    const dir = await tempDir('jindu-seed-');
    keep(dir);
    const [out, cache] = [path.join(dir, 'dist'), path.join(dir, 'cache')];
    const result = await runScript(ROOT, 'scripts/build.ts', ['--out-dir', out, '--quiet'], { BASE_PATH: '', SITE_URL: '', JINDU_TODAY: SEED.today, JINDU_CACHE_DIR: cache });
    return { project: ROOT, out, cache, ...result };
  },
  corpus: async (keep) => {
    const project = await copyProject();
    const dir = await tempDir('jindu-corpus-');
    keep(project);
    keep(dir);
    await rm(path.join(project, 'content'), { recursive: true, force: true });
    await writeCorpus(project, CORPUS.articles);
    const [out, cache] = [path.join(dir, 'dist'), path.join(dir, 'cache')];
    const result = await runScript(project, 'scripts/build.ts', ['--out-dir', out, '--quiet'], {
      BASE_PATH: '',
      SITE_URL: '',
      JINDU_TODAY: CORPUS_TODAY,
      JINDU_CACHE_DIR: cache,
      JINDU_SEGMENT_PAGES: CORPUS.segmentPages,
    });
    return { project, out, cache, ...result };
  },
};

/** The service, one for the whole run however many projects set it up (globalThis is this process's). */
interface Service {
  server: Server;
  url: string;
  users: number;
  /** Folders to delete when the run ends. */
  made: string[];
}
const SERVICE = Symbol.for('jindu.tests.sharedBuilds');

async function startService(): Promise<Service> {
  const builds = new Map<string, Promise<string>>();
  const made: string[] = [];
  const server = createServer((request, response) => {
    const name = (request.url ?? '').slice(1) as SharedBuildName;
    if (!Object.hasOwn(recipes, name)) {
      response.writeHead(404).end();
      return;
    }
    if (!builds.has(name)) builds.set(name, recipes[name]((dir) => made.push(dir)).then(JSON.stringify, (error: unknown) => JSON.stringify({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })));
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
  return { server, url: `http://127.0.0.1:${port}/`, users: 0, made };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const slots = globalThis as Record<symbol, Promise<Service> | undefined>;
  const service = await (slots[SERVICE] ??= startService());
  service.users++;
  project.provide('sharedBuilds', service.url);
  return async () => {
    if (--service.users > 0) return;
    slots[SERVICE] = undefined;
    service.server.closeAllConnections();
    await new Promise<void>((resolve) => service.server.close(() => resolve()));
    await Promise.all(service.made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  };
}
