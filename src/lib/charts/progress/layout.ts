// The zone's key projects as parts of a whole: one segment per project, so "30 of 43" reads as a count. Started
// and provincial projects are separate bars: the source does not say how many provincial projects have started.
// A note under the bars says what a segment is, so the chart reads on its own.
import { round } from '../geometry.ts';

export interface PartOfWhole {
  id: string;
  label: string;
  part: number;
  whole: number;
}

export interface SegmentMark {
  x: number;
  width: number;
  filled: boolean;
}

export interface ProgressRow {
  id: string;
  label: string;
  labelY: number;
  y: number;
  height: number;
  segments: SegmentMark[];
  /** "30 / 43" placed after the label. */
  countText: string;
  part: number;
  whole: number;
}

export interface ProgressLayout {
  width: number;
  height: number;
  rows: ProgressRow[];
  /** What one segment stands for, under the bars. */
  note: { text: string; y: number } | undefined;
}

export function layoutProgressChart(rows: readonly PartOfWhole[], size: { width: number }, note?: string): ProgressLayout {
  const left = 4;
  const span = size.width - 8;
  const rowHeight = 56;
  const barHeight = 22;
  const laid = rows.map((row, index): ProgressRow => {
    const top = index * rowHeight + 24;
    // Gaps keep segments countable until they would be thinner than the gap itself.
    const gap = row.whole <= 60 ? 1.5 : 0;
    const unit = (span - gap * (row.whole - 1)) / Math.max(1, row.whole);
    const segments = gap
      ? Array.from({ length: row.whole }, (_, i) => ({ x: round(left + i * (unit + gap)), width: round(unit), filled: i < row.part }))
      : [
          { x: left, width: round((span * row.part) / Math.max(1, row.whole)), filled: true },
          { x: round(left + (span * row.part) / Math.max(1, row.whole)), width: round((span * (row.whole - row.part)) / Math.max(1, row.whole)), filled: false },
        ];
    return { id: row.id, label: row.label, labelY: top - 7, y: top, height: barHeight, segments, countText: `${row.part} / ${row.whole}`, part: row.part, whole: row.whole };
  });
  const barsEnd = rows.length * rowHeight + 8;
  return { width: size.width, height: note ? barsEnd + 20 : barsEnd, rows: laid, note: note ? { text: note, y: barsEnd + 10 } : undefined };
}
