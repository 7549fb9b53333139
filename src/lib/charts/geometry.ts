// Shared chart arithmetic: coordinates rounded so SVG output is short and stable across builds.

/** Rounds to 0.1 px: finer than any screen shows, and snapshot diffs stay quiet. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Where to anchor a tick label so it stays inside [left, right]: centred, unless that would cross an edge. */
export function anchorWithin(x: number, labelWidth: number, left: number, right: number): Anchor {
  if (x - labelWidth / 2 < left) return 'start';
  if (x + labelWidth / 2 > right) return 'end';
  return 'middle';
}
