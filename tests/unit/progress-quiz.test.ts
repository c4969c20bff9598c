import { describe, expect, it } from 'vitest';
import { answerQuiz, isEmptyQuiz, scoreQuiz } from '../../src/lib/progress/quiz.ts';

const affirmations = [
  { id: 'a', reponse: 'vrai' as const },
  { id: 'b', reponse: 'faux' as const },
  { id: 'c', reponse: 'faux' as const },
];

describe('quiz', () => {
  it('is empty without an entry or without any answer', () => {
    expect(isEmptyQuiz(undefined)).toBe(true);
    expect(isEmptyQuiz({ answers: {} })).toBe(true);
    expect(isEmptyQuiz({ answers: { a: 'vrai' } })).toBe(false);
  });

  it('scores right answers and says when every affirmation has one', () => {
    expect(scoreQuiz(affirmations, {})).toEqual({ total: 3, answered: 0, correct: 0, complete: false });
    expect(scoreQuiz(affirmations, { a: 'vrai', b: 'vrai' })).toEqual({ total: 3, answered: 2, correct: 1, complete: false });
    expect(scoreQuiz(affirmations, { a: 'vrai', b: 'faux', c: 'vrai', gone: 'vrai' })).toEqual({ total: 3, answered: 3, correct: 2, complete: true });
  });

  it('keeps the first answer given', () => {
    const once = answerQuiz({}, 'a', 'faux');
    expect(answerQuiz(once, 'a', 'vrai')).toEqual({ a: 'faux' });
    expect(answerQuiz(once, 'b', 'faux')).toEqual({ a: 'faux', b: 'faux' });
  });
});
