// Preloaded by npm run build (`--import`, package.json) before any of the build's modules load: how Astro's native
// parts allocate decides much of the build's peak memory (docs/performance.md, fifth session). An editor's own
// setting of either variable wins. Not a first import of scripts/build.ts: restarted after its modules had loaded,
// the build left its standard streams non-blocking, and GNU time, which shares them, failed to write its report.

// glibc gives threads that allocate at the same time arenas of their own (up to eight per core) and keeps what they
// free: with two, clean builds of 1,000 articles peaked 50–85 MB lower. glibc reads MALLOC_ARENA_MAX only when a
// process starts, so on Linux the build starts again in place (same process id, options and arguments) with it set,
// before it has done anything.
if (process.platform === 'linux' && process.env.MALLOC_ARENA_MAX === undefined && process.execve) {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], { ...process.env, MALLOC_ARENA_MAX: '2' });
}

// rolldown and Astro's compiler allocate with mimalloc, which asks the kernel for transparent huge pages: each 2 MB
// page is committed and zeroed whole. After a clean build of 1,000 articles had bundled, about 340 MB of them stayed
// resident to the end, and clearing them cost kernel time in every build. mimalloc reads its options from the
// environment when a binding loads, which is after this.
process.env.MIMALLOC_ALLOW_THP ??= '0';
