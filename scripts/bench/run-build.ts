/** Runs `npm run build`'s script for the bench, in a given folder, and returns its step timings. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimingsFile, type BuildStep } from '../../src/lib/bench/build-steps.ts';

/** A failure the person running the bench can act on; its message says what to do, in French. */
export class BenchError extends Error {}

/**
 * `env` is laid over the current environment. The build's own output is hidden (the bench
 * prints its table) but its errors are not; a failure says how to see everything.
 */
export function runBuild(cwd: string, env: Record<string, string>, failure: string): BuildStep[] {
  const merged = { ...process.env, ...env };
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd, env: merged, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new BenchError(failure);
  return JSON.parse(readFileSync(join(cwd, buildTimingsFile(merged.OUT_DIR)), 'utf8')) as BuildStep[];
}
