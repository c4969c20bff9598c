/**
 * How the build grows with the number of fiches: one measure per kit size, each compared with
 * the smallest kit measured.
 */
import type { FolderSize } from './folder-size.ts';

export interface ScaleMeasure {
  fiches: number;
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  pages: number;
  dist: FolderSize;
  index: FolderSize;
  /** The copy's numbering rule had to be widened (more fiches than the real rule allows). */
  widenedNumbering: boolean;
  /** One-minute load average when the build started: above the number of cores, times are noisy. */
  loadAverage: number;
}

export interface GrowthRow extends ScaleMeasure {
  /** Each figure divided by the same figure for the smallest kit. */
  growth: { fiches: number; totalSeconds: number; astroSeconds: number; pagefindSeconds: number; pages: number; distBytes: number; indexBytes: number };
}

export function growthRows(measures: ScaleMeasure[]): GrowthRow[] {
  const sorted = [...measures].sort((a, b) => a.fiches - b.fiches);
  const base = sorted[0];
  if (!base) return [];
  const ratio = (value: number, reference: number) => (reference ? value / reference : Number.NaN);
  return sorted.map((m) => ({
    ...m,
    growth: {
      fiches: ratio(m.fiches, base.fiches),
      totalSeconds: ratio(m.totalSeconds, base.totalSeconds),
      astroSeconds: ratio(m.astroSeconds, base.astroSeconds),
      pagefindSeconds: ratio(m.pagefindSeconds, base.pagefindSeconds),
      pages: ratio(m.pages, base.pages),
      distBytes: ratio(m.dist.bytes, base.dist.bytes),
      indexBytes: ratio(m.index.bytes, base.index.bytes),
    },
  }));
}
