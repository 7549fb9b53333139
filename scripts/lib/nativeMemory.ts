// Imported first by scripts/build.ts, before Astro loads its Rust bindings (the rolldown bundler, Astro's compiler).
// Both allocate with mimalloc, which by default asks the kernel for transparent huge pages: each 2 MB page is
// committed and zeroed whole. After a clean build of 1,000 articles had bundled, about 340 MB of them stayed resident
// to the end; the kernel's time clearing them showed in every build. mimalloc reads its options from the
// environment when a binding loads, so an editor's own setting still wins.
process.env.MIMALLOC_ALLOW_THP ??= '0';
