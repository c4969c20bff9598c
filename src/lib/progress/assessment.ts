/**
 * Scoring of a self-assessment, its level, and the fiches to read.
 *
 * Points: « Oui » 2, « En partie » 1, « Non » 0, « Je ne sais pas » 0. « Je ne sais pas » is an
 * answer (the questionnaire can be finished with it) but earns no point: if the team cannot say
 * that something is in place, it cannot count on it. The result counts these answers separately
 * so that the team knows what to check. A question without an answer is not answered: the level
 * is only given once every question has an answer.
 */
import type { StoredAnswer } from '../../schemas/progress.ts';
import { ownValue } from '../own.ts';

export const ANSWER_POINTS: Readonly<Record<StoredAnswer, number>> = { oui: 2, 'en-partie': 1, non: 0, 'ne-sait-pas': 0 };
const MAX_POINTS = 2;

export interface QuestionRef {
  id: string;
  fiche: string;
}

export interface Band {
  id: string;
  min: number;
  max: number;
  fiches: readonly string[];
}

export type Answers = Readonly<Record<string, StoredAnswer>>;

export interface AssessmentScore {
  total: number;
  answered: number;
  complete: boolean;
  points: number;
  maxPoints: number;
  /** Whole percent, rounded down so that a level is only reached once its minimum is. */
  percent: number;
  counts: Record<StoredAnswer, number>;
  /** Questions without an answer, in questionnaire order. */
  missing: string[];
}

/** Only answers to the questionnaire's current questions count; answers to removed questions are ignored. */
export function scoreAssessment(questions: readonly QuestionRef[], answers: Answers): AssessmentScore {
  const counts: Record<StoredAnswer, number> = { oui: 0, 'en-partie': 0, non: 0, 'ne-sait-pas': 0 };
  const missing: string[] = [];
  let points = 0;
  for (const question of questions) {
    const answer = ownValue(answers, question.id);
    if (!answer) {
      missing.push(question.id);
      continue;
    }
    counts[answer] += 1;
    points += ANSWER_POINTS[answer];
  }
  const maxPoints = questions.length * MAX_POINTS;
  return {
    total: questions.length,
    answered: questions.length - missing.length,
    complete: missing.length === 0 && questions.length > 0,
    points,
    maxPoints,
    percent: maxPoints ? Math.floor((points * 100) / maxPoints) : 0,
    counts,
    missing,
  };
}

/** The level whose range holds the percentage (the content check makes ranges tile 0 to 100). */
export function bandFor<B extends Band>(bands: readonly B[], percent: number): B {
  const band = bands.find((b) => percent >= b.min && percent <= b.max);
  if (!band) throw new Error(`aucun niveau ne couvre ${percent} %`);
  return band;
}

/** How far an answer is from « Oui »: what is missing, and what the team does not know, weigh most. */
export function answerGap(answer: StoredAnswer | undefined): number {
  return answer ? MAX_POINTS - ANSWER_POINTS[answer] : 0;
}

export interface Recommendation {
  fiche: string;
  /** Questions not answered « Oui » that this fiche helps with, in questionnaire order. */
  questions: string[];
  /** Sum of the gaps of those questions. */
  gap: number;
  /** The level reached names this fiche among those to read first. */
  fromBand: boolean;
}

/**
 * Fiches to read, best first: fiches of the questions not answered « Oui », the largest gap
 * first, ties in the kit's reading order (earlier steps come first); then the level's own
 * fiches that are not already listed, in the level's order.
 */
export function recommendFiches(
  questions: readonly QuestionRef[],
  answers: Answers,
  band: Band | undefined,
  ficheOrder: readonly string[],
): Recommendation[] {
  const byFiche = new Map<string, Recommendation>();
  for (const question of questions) {
    const gap = answerGap(ownValue(answers, question.id));
    if (!gap) continue;
    const entry = byFiche.get(question.fiche) ?? { fiche: question.fiche, questions: [], gap: 0, fromBand: false };
    entry.questions.push(question.id);
    entry.gap += gap;
    byFiche.set(question.fiche, entry);
  }
  const ranked = sortByGap([...byFiche.values()], ficheOrder);
  for (const fiche of band?.fiches ?? []) {
    const existing = byFiche.get(fiche);
    if (existing) existing.fromBand = true;
    else ranked.push({ fiche, questions: [], gap: 0, fromBand: true });
  }
  return ranked;
}

export function sortByGap<T extends { fiche: string; gap: number }>(items: T[], ficheOrder: readonly string[]): T[] {
  const position = (id: string) => {
    const index = ficheOrder.indexOf(id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return items.sort((a, b) => b.gap - a.gap || position(a.fiche) - position(b.fiche));
}
