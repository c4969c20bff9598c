import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/progress/assessment.ts';
import { diagnose } from '../../src/lib/progress/diagnostic.ts';
import { realKit } from '../helpers/real-kit.ts';

const kit = realKit();
const questionnaires = kit.selfAssessments.map((q) => ({ id: q.id, questions: q.questions, bands: q.niveaux }));
const order = kit.fiches.map((f) => f.id);
const allOf = (id: string, answer: Answers[string]): Answers =>
  Object.fromEntries(kit.selfAssessments.find((q) => q.id === id)!.questions.map((q) => [q.id, answer]));

describe('diagnose', () => {
  it('reports each phase as not started, started or complete, with its level once complete', () => {
    const { phases, startWith } = diagnose(questionnaires, { amont: allOf('amont', 'en-partie'), pendant: { 'regles-du-groupe': 'oui' } }, order);
    expect(phases.map((p) => [p.id, p.status])).toEqual([
      ['amont', 'complete'],
      ['pendant', 'started'],
      ['apres', 'empty'],
    ]);
    expect(phases[0]!.score.percent).toBe(50);
    expect(phases[0]!.band?.id).toBe('en-chemin');
    expect(phases[1]!.band).toBeUndefined();
    expect(startWith).toHaveLength(3);
  });

  it('starts with the three fiches of the largest gaps across phases, ties in reading order', () => {
    const answers = {
      amont: { ...allOf('amont', 'oui'), 'existant-connu': 'non' as const },
      apres: { ...allOf('apres', 'oui'), 'bilan-prevu': 'non' as const, 'criteres-partages': 'ne-sait-pas' as const, 'bilan-ecrit': 'en-partie' as const },
      pendant: { 'devoir-de-suite': 'non' as const },
    };
    const { startWith } = diagnose(questionnaires, answers, order);
    expect(startWith.map((s) => s.fiche)).toEqual(['evaluer-avec-les-participants', 'realiser-un-etat-des-lieux', 'rendre-compte']);
    expect(startWith[0]).toMatchObject({ gap: 4, reasons: [{ questionnaire: 'apres', question: 'bilan-prevu' }, { questionnaire: 'apres', question: 'criteres-partages' }] });
  });

  it('fills the list from the levels reached, the weakest phase first, when answers point to fewer than three fiches', () => {
    const answers = { amont: allOf('amont', 'oui'), pendant: { ...allOf('pendant', 'oui'), 'langage-clair': 'en-partie' as const } };
    const { startWith } = diagnose(questionnaires, answers, order);
    expect(startWith[0]).toMatchObject({ fiche: 'faciliter-l-expression', gap: 1 });
    // pendant (95 %) is weaker than amont (100 %): its level's fiches come first.
    expect(startWith.slice(1)).toEqual([
      { fiche: 'evaluer-avec-les-participants', gap: 0, reasons: [], fromBand: 'pendant' },
      { fiche: 'rendre-compte', gap: 0, reasons: [], fromBand: 'pendant' },
    ]);
  });

  it('has nothing to suggest before any answer', () => {
    expect(diagnose(questionnaires, {}, order).startWith).toEqual([]);
  });
});
