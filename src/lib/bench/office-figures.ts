/**
 * The office step seen by the bench: how long writing every ODT and DOCX took (from an empty
 * cache), how many files it wrote and how much they weigh in dist/.
 */
import { stepSeconds, type BuildStep } from './build-steps.ts';

export interface OfficeFigures {
  seconds: number;
  files: number;
  /** From the step's own report, when its wording is the one known here. */
  written?: number;
  reused?: number;
  bytes: number;
}

/** « … ; 84 écrits, 0 repris du cache) » as written by scripts/steps/office.ts. */
const DETAIL = /(\d+) écrits, (\d+) repris du cache/;

export function officeFigures(steps: BuildStep[], found: { files: number; bytes: number }): OfficeFigures | undefined {
  const step = steps.find((s) => s.step === 'office');
  if (!step) return undefined;
  const counts = step.detail?.match(DETAIL);
  return { seconds: stepSeconds(steps, 'office'), files: found.files, ...(counts ? { written: Number(counts[1]), reused: Number(counts[2]) } : {}), bytes: found.bytes };
}

export function officeSummary(figures: OfficeFigures | undefined, size: (bytes: number) => string): string {
  if (!figures) return "pas d'étape office dans la construction";
  const made = figures.written === undefined ? '' : ` (${figures.written} écrits, ${figures.reused} repris du cache)`;
  return `${figures.files} fichiers ODT et DOCX en ${figures.seconds.toFixed(1)} s${made}, ${size(figures.bytes)} au total`;
}
