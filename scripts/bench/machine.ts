/**
 * The machine a measure was taken on. The load average travels with the figures: on a machine
 * shared with other builds, a time taken under load says more about the neighbours than the kit.
 */
import { cpus, loadavg } from 'node:os';

export function machine() {
  return { node: process.version, cpus: cpus().length };
}

/** Taken just before a build: the load it will compete with. */
export function oneMinuteLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}

/** A French warning when some build started with more runnable work than cores; undefined otherwise. */
export function loadWarning(loads: number[]): string | undefined {
  const worst = Math.max(...loads);
  const cores = cpus().length;
  if (worst <= cores) return undefined;
  return `Machine chargée : charge moyenne jusqu'à ${worst.toFixed(1)} pour ${cores} cœurs au début d'une construction ; les temps sont bruités, relancez quand la machine est libre.`;
}
