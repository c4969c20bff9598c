import { describe, expect, it } from 'vitest';
import { MAX_SHARE_FRAGMENT, decodeAnswers, encodeAnswers, idHash } from '../../src/lib/progress/share-hash.ts';
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

  it(`refuses a link longer than ${MAX_SHARE_FRAGMENT} characters before reading it, as a damaged one`, () => {
    const token = encodeAnswers(amont.questions, { [amont.questions[0]!.id]: 'oui' }).slice('r=1.'.length);
    const fitting = `r=1.${token.repeat(Math.floor((MAX_SHARE_FRAGMENT - 4) / token.length))}`;
    expect(fitting.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT);
    expect(decodeAnswers(`#${fitting}`, amont.questions).status).toBe('ok');
    const huge = `r=1.${token.repeat(400_000)}`;
    expect(decodeAnswers(`#${huge}`, amont.questions)).toEqual({ status: 'malformed' });
    expect(decodeAnswers(`#${fitting}${token}`, amont.questions)).toEqual({ status: 'malformed' });
    expect(decodeAnswers(`#x=1&${huge}`, amont.questions)).toEqual({ status: 'malformed' });
    // A long fragment that holds no shared answers is no broken link.
    expect(decodeAnswers(`#${'question-'.repeat(1000)}`, amont.questions)).toEqual({ status: 'absent' });
  });

  it('leaves room for the longest questionnaire the content rules allow', () => {
    const questions = Array.from({ length: 12 }, (_, i) => ({ id: `question-${i}` }));
    const fragment = encodeAnswers(questions, Object.fromEntries(questions.map((q) => [q.id, 'ne-sait-pas'])));
    expect(fragment.length * 10).toBeLessThan(MAX_SHARE_FRAGMENT);
  });

  it('reads a question named like an inherited property, and no answer it was not given', () => {
    const questions = [{ id: 'constructor' }, { id: 'valueof' }];
    const fragment = encodeAnswers(questions, JSON.parse('{"constructor": "non"}'));
    expect(fragment).toBe(`r=1.${idHash('constructor')}n`);
    expect(decodeAnswers(fragment, questions)).toEqual({ status: 'ok', answers: { constructor: 'non' }, ignored: 0 });
    expect(encodeAnswers(questions, {})).toBe('r=1.');
  });

  it('checks the answers with the schema of stored answers', () => {
    const questions = [{ id: 'Pas un identifiant' }];
    expect(decodeAnswers(encodeAnswers(questions, { 'Pas un identifiant': 'oui' }), questions)).toEqual({ status: 'malformed' });
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
