/**
 * What `scripts/build.ts` leaves behind for the bench: one timing per step, in `.tmp/`.
 * Both sides import the shape and the file name from here.
 */

export interface BuildStep {
  step: string;
  seconds: number;
  detail?: string;
}

/** Where build.ts writes its timings, from the folder it runs in, for a given `OUT_DIR`. */
export function buildTimingsFile(outDirEnv: string | undefined): string {
  return `.tmp/build-timings${outDirEnv ? `-${outDirEnv.replace(/\W+/g, '_')}` : ''}.json`;
}

/** Seconds spent in one step; 0 when the step did not run. */
export function stepSeconds(steps: BuildStep[], name: string): number {
  return steps.find((s) => s.step === name)?.seconds ?? 0;
}

export function totalSeconds(steps: BuildStep[]): number {
  return steps.reduce((total, s) => total + s.seconds, 0);
}
