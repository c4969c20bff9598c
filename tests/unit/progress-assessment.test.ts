import { describe, expect, it } from 'vitest';
import { ANSWER_POINTS, bandFor, recommendFiches, scoreAssessment, type Answers } from '../../src/lib/progress/assessment.ts';
import { ANSWERS, ID_PATTERN } from '../../src/schemas/index.ts';
import { STORED_ANSWERS, STORED_ID_PATTERN } from '../../src/schemas/progress.ts';
import { realKit } from '../helpers/real-kit.ts';

const kit = realKit();
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const order = kit.fiches.map((f) => f.id);
const all = (answer: Answers[string]): Answers => Object.fromEntries(amont.questions.map((q) => [q.id, answer]));

describe('browser schemas stay in step with the content schemas', () => {
  it('use the same id rule and the same answers', () => {
    expect(STORED_ID_PATTERN.source).toBe(ID_PATTERN.source);
    expect([...STORED_ANSWERS]).toEqual([...ANSWERS]);
  });
});

describe('scoreAssessment', () => {
  it('counts Oui 2, En partie 1, Non 0, Je ne sais pas 0', () => {
    expect(ANSWER_POINTS).toEqual({ oui: 2, 'en-partie': 1, non: 0, 'ne-sait-pas': 0 });
    expect(scoreAssessment(amont.questions, all('oui'))).toMatchObject({ points: 20, maxPoints: 20, percent: 100, complete: true });
    expect(scoreAssessment(amont.questions, all('en-partie'))).toMatchObject({ points: 10, percent: 50 });
    expect(scoreAssessment(amont.questions, all('non')).percent).toBe(0);
    const dontKnow = scoreAssessment(amont.questions, all('ne-sait-pas'));
    expect(dontKnow).toMatchObject({ percent: 0, complete: true });
    expect(dontKnow.counts['ne-sait-pas']).toBe(10);
  });

  it('needs an answer to every question before it is complete; « Je ne sais pas » is one', () => {
    const answers = { ...all('oui') };
    delete answers['marges-connues'];
    delete answers['frais-pris-en-charge'];
    const score = scoreAssessment(amont.questions, answers);
    expect(score).toMatchObject({ complete: false, answered: 8, total: 10, points: 16 });
    expect(score.missing).toEqual(['marges-connues', 'frais-pris-en-charge']);
    expect(scoreAssessment(amont.questions, {}).complete).toBe(false);
  });

  it('ignores answers to questions that no longer exist', () => {
    const score = scoreAssessment(amont.questions, { ...all('non'), 'question-retiree': 'oui' });
    expect(score).toMatchObject({ points: 0, answered: 10 });
  });

  it('rounds down, so that a level is reached only once its minimum is', () => {
    const three = [
      { id: 'a', fiche: 'x' },
      { id: 'b', fiche: 'x' },
      { id: 'c', fiche: 'x' },
    ];
    expect(scoreAssessment(three, { a: 'oui', b: 'oui', c: 'en-partie' }).percent).toBe(83);
    expect(scoreAssessment(three, { a: 'oui', b: 'non', c: 'non' }).percent).toBe(33);
  });
});

describe('bandFor', () => {
  it('finds the level at each boundary', () => {
    const ids = (percent: number) => bandFor(amont.niveaux, percent).id;
    expect([0, 39, 40, 74, 75, 100].map(ids)).toEqual(['a-construire', 'a-construire', 'en-chemin', 'en-chemin', 'solide', 'solide']);
  });

  it('refuses a percentage no level covers', () => {
    expect(() => bandFor([{ id: 'x', min: 0, max: 50, fiches: [] }], 80)).toThrow();
  });
});

describe('recommendFiches', () => {
  it('puts the fiches of the largest gaps first, then the level’s own fiches', () => {
    const answers: Answers = {
      ...all('oui'),
      'personnes-preparees': 'en-partie', // preparer-et-accompagner: 1
      'relais-reperes': 'non', // identifier-et-mobiliser: 2
      'invitation-claire': 'ne-sait-pas', // identifier-et-mobiliser: +2 = 4
      'frais-pris-en-charge': 'non', // logistique-et-frais: 2
    };
    const score = scoreAssessment(amont.questions, answers);
    const band = bandFor(amont.niveaux, score.percent);
    expect([score.percent, band.id]).toEqual([65, 'en-chemin']);
    const recommended = recommendFiches(amont.questions, answers, band, order);
    expect(recommended.map((r) => r.fiche)).toEqual(['identifier-et-mobiliser', 'logistique-et-frais', 'preparer-et-accompagner', 'structurer-et-coordonner']);
    // A fiche named by both an answer and the level keeps its place and says both.
    expect(recommended[0]).toEqual({ fiche: 'identifier-et-mobiliser', questions: ['relais-reperes', 'invitation-claire'], gap: 4, fromBand: true });
    expect(recommended[2]).toEqual({ fiche: 'preparer-et-accompagner', questions: ['personnes-preparees'], gap: 1, fromBand: false });
    expect(recommended[3]).toEqual({ fiche: 'structurer-et-coordonner', questions: [], gap: 0, fromBand: true });
  });

  it('breaks ties in the kit’s reading order', () => {
    const answers: Answers = { ...all('oui'), 'equipes-preparees': 'non', 'existant-connu': 'non' };
    const recommended = recommendFiches(amont.questions, answers, undefined, order);
    expect(recommended.map((r) => r.fiche)).toEqual(['realiser-un-etat-des-lieux', 'preparer-et-accompagner']);
  });

  it('gives only the level’s fiches when every answer is « Oui »', () => {
    const band = bandFor(amont.niveaux, 100);
    expect(recommendFiches(amont.questions, all('oui'), band, order).map((r) => r.fiche)).toEqual(band.fiches);
  });
});
