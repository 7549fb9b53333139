// Shared chart arithmetic: coordinates rounded so SVG output is short and stable across builds, and the sizes
// every chart's text is set in. Charts are laid out for the width they are shown at (CHART_WIDTHS) and drawn at
// that size, never scaled to fit: so these are the pixel sizes readers get, at 360 px as at 1280 px.

/** Rounds to 0.1 px: finer than any screen shows, and snapshot diffs stay quiet. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export type Anchor = 'start' | 'middle' | 'end';

/** A horizontal bar with its value written after it, as the economics and comparison charts draw them. */
export interface ValueBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value is written: the scale leaves room for the longest. */
  valueX: number;
  valueY: number;
  text: string;
  /** A lower bound (超1亿元): the bar runs on, dashed, OPEN_END past the value it is at least. */
  atLeast: boolean;
}

/** How far a lower bound's bar runs on past its value, dashed. */
export const OPEN_END = 16;

/** Where to anchor a tick label so it stays inside [left, right]: centred, unless that would cross an edge. */
export function anchorWithin(x: number, labelWidth: number, left: number, right: number): Anchor {
  if (x - labelWidth / 2 < left) return 'start';
  if (x + labelWidth / 2 > right) return 'end';
  return 'middle';
}

/**
 * Text sizes in px (SVG user units, one to one on screen): labels, values and headings (in bold) 13, ticks and
 * notes 12. A narrow layout may be shown up to 6% larger on a phone wider than it (src/styles/charts.css), so
 * everything stays within 12–14 px, below the body text (17 px), as a chart's annotations should.
 */
export const TEXT = { label: 13, value: 13, tick: 12, note: 12, heading: 13 } as const;

/**
 * The widths each chart is laid out at: narrow for phones (shown from 320 px up to the wide width), wide for the
 * figure's full width on larger screens. Pages show the one that fits (src/styles/charts.css); downloads use narrow,
 * which reads on the phones most shared images are opened on.
 */
export const CHART_WIDTHS = { narrow: 320, wide: 600, wideFigure: 720 } as const;

/** Bars and rows need less room above them when labels sit beside rather than above. */
export const isWide = (width: number) => width >= 480;
