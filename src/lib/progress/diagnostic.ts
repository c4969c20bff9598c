/**
 * The global diagnostic: the three phase questionnaires side by side, and the three fiches to
 * start with across all of them.
 */
import { answerGap, bandFor, scoreAssessment, sortByGap, type Answers, type AssessmentScore, type Band, type QuestionRef } from './assessment.ts';
import { ownValue } from '../own.ts';

export interface DiagnosticQuestionnaire<B extends Band = Band> {
  id: string;
  questions: readonly QuestionRef[];
  bands: readonly B[];
}

export type QuestionnaireStatus = 'empty' | 'started' | 'complete';

export interface PhaseSummary<B extends Band = Band> {
  id: string;
  status: QuestionnaireStatus;
  score: AssessmentScore;
  /** Only once every question has an answer. */
  band?: B;
}

export interface StartingFiche {
  fiche: string;
  gap: number;
  /** Questions not answered « Oui » that point to this fiche, by questionnaire. */
  reasons: { questionnaire: string; question: string }[];
  /** Named by the level reached in this finished questionnaire rather than by an answer. */
  fromBand?: string;
}

export function summarize<B extends Band>(questionnaire: DiagnosticQuestionnaire<B>, answers: Answers): PhaseSummary<B> {
  const score = scoreAssessment(questionnaire.questions, answers);
  const status: QuestionnaireStatus = score.complete ? 'complete' : score.answered ? 'started' : 'empty';
  return { id: questionnaire.id, status, score, band: score.complete ? bandFor(questionnaire.bands, score.percent) : undefined };
}

/**
 * Every answer given counts, even in an unfinished questionnaire: a « Non » is worth acting on
 * before the rest is filled in. Fiches are ranked by the sum of their gaps across phases, ties
 * in the kit's reading order. When fewer than `count` fiches come from answers (a team that
 * answers « Oui » almost everywhere), the levels of finished questionnaires fill the list, the
 * weakest phase first.
 */
export function diagnose<B extends Band>(
  questionnaires: readonly DiagnosticQuestionnaire<B>[],
  answersById: Readonly<Record<string, Answers | undefined>>,
  ficheOrder: readonly string[],
  count = 3,
): { phases: PhaseSummary<B>[]; startWith: StartingFiche[] } {
  const phases = questionnaires.map((q) => summarize(q, ownValue(answersById, q.id) ?? {}));
  const byFiche = new Map<string, StartingFiche>();
  for (const questionnaire of questionnaires) {
    const answers = ownValue(answersById, questionnaire.id) ?? {};
    for (const question of questionnaire.questions) {
      const gap = answerGap(ownValue(answers, question.id));
      if (!gap) continue;
      const entry = byFiche.get(question.fiche) ?? { fiche: question.fiche, gap: 0, reasons: [] };
      entry.gap += gap;
      entry.reasons.push({ questionnaire: questionnaire.id, question: question.id });
      byFiche.set(question.fiche, entry);
    }
  }
  const ranked = sortByGap([...byFiche.values()], ficheOrder);
  const finished = phases.filter((p) => p.band).sort((a, b) => a.score.percent - b.score.percent);
  for (const phase of finished) {
    for (const fiche of phase.band!.fiches) {
      if (ranked.length >= count) break;
      if (!ranked.some((r) => r.fiche === fiche)) ranked.push({ fiche, gap: 0, reasons: [], fromBand: phase.id });
    }
  }
  return { phases, startWith: ranked.slice(0, count) };
}
