// The order the build renders its routes in. Images (social cards, chart PNGs) are rasterised by sharp on other
// threads while the main thread renders HTML; spread among the pages instead of rendered as one block, the two kinds
// of work overlap on two cores instead of taking turns.

/** `spread` placed evenly among `among`, each keeping its own order: ([a, b, c, d], [x, y]) → [a, b, x, c, d, y]. */
export function spreadEvenly<T>(among: readonly T[], spread: readonly T[]): T[] {
  if (among.length === 0) return [...spread];
  const result: T[] = [];
  let placed = 0;
  among.forEach((item, index) => {
    result.push(item);
    // After the (index + 1)th item, as many of `spread` as its share of the way through.
    const due = Math.floor(((index + 1) * spread.length) / among.length);
    while (placed < due) result.push(spread[placed++]!);
  });
  return result;
}

/** Routes ordered so that those `isImage` says are images are spread among the others. */
export function imagesAmongPages<T>(routes: readonly T[], isImage: (route: T) => boolean): T[] {
  return spreadEvenly(
    routes.filter((route) => !isImage(route)),
    routes.filter(isImage),
  );
}
