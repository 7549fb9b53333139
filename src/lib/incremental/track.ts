// What each page reads, so a later build can tell whether the page would come out the same.
//
// While the build renders a page it runs in a frame (AsyncLocalStorage, so pages rendered at once keep theirs apart),
// and every read of the site's data through a tracked object names what it read: a dependency such as
// `project:huali-bio`, `article-data:some-slug`, `articles` (the list) or `today`. The page cache stores those names
// with the page; the next build compares what each name stands for now (its fingerprint, data/tracked.ts) with then.
//
// Only the build that caches pages turns tracking on (enableTracking); in the dev server and tests the data
// modules hand out plain objects. With tracking on, a read of tracked data outside any frame throws: a value
// derived from the data and kept at module level would be shared by pages without their knowing what it was made
// from, and they could be served stale. Such values go through `memo`, which remembers what they read.
// Its state is process-wide (src/lib/processWide.ts): the build script, the integration Astro's config loads and the
// code Vite bundles are separate copies of this module in one process.

import { AsyncLocalStorage } from 'node:async_hooks';
import { processWide } from '../processWide.ts';

/** What a page (or a memoised value) has read so far; `undefined` in a frame that reads without recording. */
interface Frame {
  deps: Set<string> | undefined;
}

interface Tracking {
  enabled: boolean;
  storage: AsyncLocalStorage<Frame>;
}

const state = processWide<Tracking>('tracking', () => ({ enabled: false, storage: new AsyncLocalStorage<Frame>() }));

/** The dependency a tracked object stands for, read with `trackedRef`. */
export const TRACKED_REF = Symbol.for('jindu.trackedRef');

export class UntrackedReadError extends Error {
  constructor(dep: string) {
    super(`the build read "${dep}" outside any page: a value kept at module level would hide what pages depend on; compute it in the page or through memo() (src/lib/incremental/track.ts)`);
    this.name = 'UntrackedReadError';
  }
}

export function enableTracking(on = true): void {
  state.enabled = on;
}

export function trackingEnabled(): boolean {
  return state.enabled;
}

/** Notes that the current page read `dep`. */
export function record(dep: string): void {
  if (!state.enabled) return;
  const frame = state.storage.getStore();
  if (!frame) throw new UntrackedReadError(dep);
  frame.deps?.add(dep);
}

/** Runs `fn` as one page: resolves with its value and everything it read, including what its promises read later. */
export async function runTracked<T>(fn: () => Promise<T>): Promise<{ value: T; deps: Set<string> }> {
  const deps = new Set<string>();
  const value = await state.storage.run({ deps }, fn);
  return { value, deps };
}

/** Runs `fn` where reading is allowed and not recorded: listing a route's paths, whose props are keyed instead. */
export function runUnrecorded<T>(fn: () => T): T {
  return state.storage.run({ deps: undefined }, fn);
}

interface Memo<T> {
  value: T;
  deps: Set<string>;
}

/** Where memo() keeps its values for one kind of value, by key. */
export type MemoCache<T> = Map<string, Memo<T>>;

export function memoCache<T>(): MemoCache<T> {
  return new Map();
}

/**
 * A value computed once per build and shared by pages, remembering what it read: every page that uses it records
 * the same dependencies, as if it had computed the value itself. `compute` may return a promise; its reads are
 * recorded until it settles.
 */
export function memo<T>(cache: MemoCache<T>, key: string, compute: () => T): T {
  let entry = cache.get(key);
  if (!entry) {
    const deps = new Set<string>();
    const value = state.enabled ? state.storage.run({ deps }, compute) : compute();
    entry = { value, deps };
    cache.set(key, entry);
    if (value instanceof Promise) {
      // The reads of a promise are known once it settles: callers await the value, then record them.
      const settled = value.then(
        (result) => {
          replay(deps);
          return result;
        },
        (error: unknown) => {
          replay(deps);
          throw error;
        },
      );
      entry.value = settled as T;
      // The first caller's frame awaits the same promise; later callers replay below once it is settled.
      return settled as T;
    }
  }
  if (entry.value instanceof Promise) return entry.value.then((result) => (replay(entry.deps), result)) as T;
  replay(entry.deps);
  return entry.value;
}

function replay(deps: ReadonlySet<string>): void {
  if (!state.enabled) return;
  const frame = state.storage.getStore();
  if (!frame) return; // a memo filled while listing paths: the page that uses it records its reads
  if (frame.deps) for (const dep of deps) frame.deps.add(dep);
}

/**
 * A read-only view of `target` that records `depOf(property)` on each read (nothing where it returns undefined).
 * Listing the object's keys or spreading it counts as reading every property. Nested values are returned as they
 * are: the dependency names the whole object. `ref` names the object itself, for keying props (trackedRef).
 */
export function trackedObject<T extends object>(target: T, ref: string, depOf: (property: string | symbol) => string | undefined): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (property === TRACKED_REF) return ref;
      const dep = depOf(property);
      if (dep) record(dep);
      return Reflect.get(object, property, receiver) as unknown;
    },
    has(object, property) {
      const dep = depOf(property);
      if (dep) record(dep);
      return Reflect.has(object, property);
    },
    ownKeys(object) {
      const keys = Reflect.ownKeys(object);
      for (const key of keys) {
        const dep = depOf(key);
        if (dep) record(dep);
      }
      return keys;
    },
    set() {
      throw new TypeError(`${ref} is read-only while the build tracks what pages read`);
    },
    deleteProperty() {
      throw new TypeError(`${ref} is read-only while the build tracks what pages read`);
    },
  });
}

/** An array whose every use (length, items, iteration) records `dep`; its items are returned as they are. */
export function trackedArray<T>(items: readonly T[], dep: string): readonly T[] {
  return trackedObject(items as T[], dep, (property) => (property === TRACKED_REF ? undefined : dep));
}

/** The dependency a tracked object stands for, or undefined for anything else. */
export function trackedRef(value: unknown): string | undefined {
  if (!value || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const ref = (value as Record<symbol, unknown>)[TRACKED_REF];
  return typeof ref === 'string' ? ref : undefined;
}

/** A map whose lookups record `depOf(key)` (the key's presence and value); iterating it records `all`. */
export class TrackedMap<K, V> extends Map<K, V> {
  private readonly depOf: (key: K) => string;
  private readonly all: string;

  constructor(entries: Iterable<readonly [K, V]>, depOf: (key: K) => string, all: string) {
    super(entries);
    this.depOf = depOf;
    this.all = all;
  }

  override get(key: K): V | undefined {
    record(this.depOf(key));
    return super.get(key);
  }

  override has(key: K): boolean {
    record(this.depOf(key));
    return super.has(key);
  }

  override get size(): number {
    record(this.all);
    return super.size;
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    record(this.all);
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    record(this.all);
    return super.entries();
  }

  override keys(): MapIterator<K> {
    record(this.all);
    return super.keys();
  }

  override values(): MapIterator<V> {
    record(this.all);
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    record(this.all);
    return super.entries();
  }
}
