/**
 * Steps of a parcours marked done, by step id: when a contributor reorders, adds or removes
 * steps, every remaining mark stays on its step. Marks of removed steps are kept in storage
 * (they come back if the step does) but never counted.
 */
import type { ParcoursEntry } from '../../schemas/progress.ts';

/** Ids of the parcours' current steps that are marked done. */
export function doneStepIds(entry: ParcoursEntry | undefined, steps: readonly { id: string }[]): Set<string> {
  const stored = new Set(entry?.done ?? []);
  return new Set(steps.map((step) => step.id).filter((id) => stored.has(id)));
}

export function parcoursCount(entry: ParcoursEntry | undefined, steps: readonly { id: string }[]): { done: number; total: number } {
  return { done: doneStepIds(entry, steps).size, total: steps.length };
}

/** Marks or unmarks one step; every other stored id, known or not, is kept. */
export function setStepDone(entry: ParcoursEntry | undefined, id: string, done: boolean): ParcoursEntry {
  const current = entry?.done ?? [];
  const next = done ? (current.includes(id) ? current : [...current, id]) : current.filter((stored) => stored !== id);
  return { ...entry, done: next };
}

export function isEmptyParcours(entry: ParcoursEntry | undefined): boolean {
  return !entry || entry.done.length === 0;
}
