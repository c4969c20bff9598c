/** The « idées reçues » quiz: the first answer given to an affirmation is the one that counts. */
import type { QuizAnswer } from '../../schemas/progress.ts';
import { ownValue } from '../own.ts';

export interface AffirmationRef {
  id: string;
  reponse: QuizAnswer;
}

export interface QuizScore {
  total: number;
  answered: number;
  correct: number;
  complete: boolean;
}

/** Answers to affirmations that no longer exist are ignored. */
export function scoreQuiz(affirmations: readonly AffirmationRef[], answers: Readonly<Record<string, QuizAnswer>>): QuizScore {
  let answered = 0;
  let correct = 0;
  for (const affirmation of affirmations) {
    const answer = ownValue(answers, affirmation.id);
    if (!answer) continue;
    answered += 1;
    if (answer === affirmation.reponse) correct += 1;
  }
  return { total: affirmations.length, answered, correct, complete: answered === affirmations.length && answered > 0 };
}

/** Records an answer unless one was already given: changing one's mind after the explanation would not be fair play. */
export function answerQuiz(answers: Readonly<Record<string, QuizAnswer>>, id: string, answer: QuizAnswer): Record<string, QuizAnswer> {
  return ownValue(answers, id) ? { ...answers } : { ...answers, [id]: answer };
}

/** A quiz with no answer left: its entry is removed rather than saved empty. */
export function isEmptyQuiz(entry: { answers: Readonly<Record<string, QuizAnswer>> } | undefined): boolean {
  return !entry || Object.keys(entry.answers).length === 0;
}
