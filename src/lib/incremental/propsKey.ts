// The cacheKey of a page of a dynamic route (Astro's getStaticPaths field): what its props are. A page reads its
// data through tracked objects, which record what they read (track.ts), but the props themselves are chosen when the
// route lists its paths: which twenty articles are on page 3, which projects are in a park. The key says which:
// plain values as they are, a tracked object by what it stands for (its content is recorded when the page reads it).
// A route that returns no cacheKey is never served from the cache.

import { sha256 } from './deps.ts';
import { trackedRef } from './track.ts';

function serialize(value: unknown, path: string): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  const ref = trackedRef(value);
  if (ref !== undefined) return `{"$ref":${JSON.stringify(ref)}}`;
  if (Array.isArray(value)) return `[${value.map((item, index) => serialize(item, `${path}[${index}]`)).join(',')}]`;
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`props${path}: a ${(value as object).constructor?.name ?? 'class instance'} cannot key a cached page; pass plain data`);
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${serialize((value as Record<string, unknown>)[key], `${path}.${key}`)}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`props${path}: a ${typeof value} cannot key a cached page`);
}

/** The key of a page's props: equal exactly when they are the same data and the same tracked objects. */
export function propsKey(props: unknown): string {
  return sha256(serialize(props, '')).slice(0, 32);
}

/** A route's paths, each with the cacheKey of its props. */
export function keyedPaths<P extends { props?: unknown }>(paths: readonly P[]): Array<P & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: propsKey(path.props ?? null) }));
}
