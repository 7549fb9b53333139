// State that every copy of a module in the build's process must share. `npm run build` runs scripts/build.ts, which
// starts Astro in the same process; Astro loads astro.config.mjs and its integrations through its own module loader,
// and Vite bundles the pages' code into prerendering chunks. A module imported from more than one of those is loaded
// once per loader, each copy with its own module-level variables. What the copies must agree on (the image queue,
// which page is reading what, the build's worker threads) lives on globalThis under a Symbol.for key, the one name
// every copy reaches. Every such state goes through processWide: search for it to see them all.

/** The one object named `name` in this process, made by `create` on first use. */
export function processWide<T extends object>(name: string, create: () => T): T {
  const slots = globalThis as Record<symbol, unknown>;
  return (slots[Symbol.for(`jindu.${name}`)] ??= create()) as T;
}
