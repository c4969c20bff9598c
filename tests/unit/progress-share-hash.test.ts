import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, idHash } from '../../src/lib/progress/share-hash.ts';
import type { Answers } from '../../src/lib/progress/assessment.ts';
import { realKit } from '../helpers/real-kit.ts';

const kit = realKit();
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const answers: Answers = Object.fromEntries(amont.questions.map((q, i) => [q.id, (['oui', 'en-partie', 'non', 'ne-sait-pas'] as const)[i % 4]!]));

describe('answers in the URL fragment', () => {
  it('round-trips, five characters per answer, with a version', () => {
    const fragment = encodeAnswers(amont.questions, answers);
    expect(fragment).toMatch(/^r=1\.[0-9a-z]{50}$/);
    expect(decodeAnswers(`#${fragment}`, amont.questions)).toEqual({ status: 'ok', answers, ignored: 0 });
  });

  it('carries only the questions answered', () => {
    const fragment = encodeAnswers(amont.questions, { 'objectifs-ecrits': 'non' });
    expect(fragment).toBe(`r=1.${idHash('objectifs-ecrits')}n`);
    expect(decodeAnswers(fragment, amont.questions)).toEqual({ status: 'ok', answers: { 'objectifs-ecrits': 'non' }, ignored: 0 });
  });

  it('survives a later version of the questionnaire: moved, removed and new questions', () => {
    const fragment = encodeAnswers(amont.questions, answers);
    const later = [{ id: 'question-nouvelle' }, ...amont.questions.slice(2).reverse()];
    const decoded = decodeAnswers(fragment, later);
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    expect(decoded.ignored).toBe(2);
    expect(decoded.answers['question-nouvelle']).toBeUndefined();
    for (const question of amont.questions.slice(2)) expect(decoded.answers[question.id]).toBe(answers[question.id]);
  });

  it('tells an absent, a newer and a damaged link apart', () => {
    expect(decodeAnswers('', amont.questions)).toEqual({ status: 'absent' });
    expect(decodeAnswers('#question-existant-connu', amont.questions)).toEqual({ status: 'absent' });
    expect(decodeAnswers('#r=2.abcdeo', amont.questions)).toEqual({ status: 'newer' });
    for (const damaged of ['#r=1.abc', '#r=1.abcdx', '#r=1', '#r=zz.abcdo', '#r=0.abcdo', '#r=1.ABCDO']) {
      expect(decodeAnswers(damaged, amont.questions), damaged).toEqual({ status: 'malformed' });
    }
  });

  it('gives a distinct hash to every question of every questionnaire of the kit', () => {
    for (const questionnaire of kit.selfAssessments) {
      const hashes = questionnaire.questions.map((q) => idHash(q.id));
      expect(new Set(hashes).size, questionnaire.id).toBe(hashes.length);
    }
    expect(idHash('existant-connu')).toMatch(/^[0-9a-z]{4}$/);
    expect(idHash('existant-connu')).toBe(idHash('existant-connu'));
  });
});
