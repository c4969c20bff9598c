import { describe, expect, it } from 'vitest';
import {
  autoevaluationSchema,
  experienceSchema,
  ficheSchema,
  obstacleSchema,
  outilSchema,
  phaseSchema,
  referenceSchema,
  termeSchema,
} from '../../src/schemas/index.ts';
import type { z } from 'zod';

const long = (n: number) => 'participation '.repeat(n).trim();

const fiche = {
  numero: 1,
  titre: "Réaliser un état des lieux de l'existant",
  phase: 'amont',
  essentiel: long(40),
  obstacles: ['scepticisme'],
  outils: ['grille-etat-des-lieux', 'carte-des-acteurs'],
  fichesLiees: ['definir-objectifs-et-niveau'],
  references: ['dgcs-kit-2016', 'cnle-2011-recommandations'],
  facteursCles: [1, 2, 3, 4, 5].map((n) => ({ id: `facteur-${n}`, texte: `Un facteur clé numéro ${n}` })),
};
const outil = {
  titre: 'Charte locale de la participation',
  type: 'charte',
  resume: long(10),
  quand: 'Avant la première réunion',
  pourQui: 'Le comité de suivi',
  duree: '2 heures',
  phases: ['amont'],
  fiches: ['structurer-et-coordonner'],
};
const questionnaire = {
  id: 'amont',
  type: 'autoevaluation',
  phase: 'amont',
  titre: 'Êtes-vous prêts ?',
  introduction: long(10),
  questions: Array.from({ length: 8 }, (_, i) => ({ id: `q-${i + 1}`, texte: `Question numéro ${i + 1} ?`, fiche: 'realiser-un-etat-des-lieux' })),
  niveaux: [
    { id: 'debut', min: 0, max: 49, titre: 'Début', description: long(10), fiches: ['realiser-un-etat-des-lieux'] },
    { id: 'solide', min: 50, max: 100, titre: 'Solide', description: long(10), fiches: ['animer-une-reunion'] },
  ],
};

/** Paths of the issues zod reports, joined with dots. */
function failingPaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('fiche schema', () => {
  it('accepts a complete fiche', () => {
    expect(ficheSchema.safeParse(fiche).success).toBe(true);
  });
  it.each([
    ['numero', { numero: 0 }],
    ['phase', { phase: 'durant' }],
    ['essentiel', { essentiel: 'trop court' }],
    ['outils', { outils: ['un-seul'] }],
    ['references', { references: ['seule'] }],
    ['obstacles', { obstacles: [] }],
    ['obstacles', { obstacles: ['Avec Majuscule'] }],
  ])('rejects a bad %s', (path, patch) => {
    expect(failingPaths(ficheSchema, { ...fiche, ...patch }).some((p) => p.startsWith(path))).toBe(true);
  });
  it('rejects fewer than five success factors', () => {
    expect(failingPaths(ficheSchema, { ...fiche, facteursCles: fiche.facteursCles.slice(0, 4) })).toContain('facteursCles');
  });
  it('rejects two success factors with the same id, naming the second', () => {
    const facteursCles = [...fiche.facteursCles, { id: 'facteur-1', texte: 'Le même identifiant encore' }];
    expect(failingPaths(ficheSchema, { ...fiche, facteursCles })).toContain('facteursCles.5.id');
  });
  it('rejects an unknown field so that typos are caught', () => {
    const result = ficheSchema.safeParse({ ...fiche, fichesliees: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
  it('rejects a missing field with its name', () => {
    const { titre: _titre, ...rest } = fiche;
    expect(failingPaths(ficheSchema, rest)).toContain('titre');
  });
});

describe('outil schema', () => {
  it('accepts an outil', () => {
    expect(outilSchema.safeParse(outil).success).toBe(true);
  });
  it('requires url, duration and transcript for a video', () => {
    expect(failingPaths(outilSchema, { ...outil, type: 'video' })).toContain('video');
    const video = { url: 'https://www.exemple.fr/video', duree: '4 min 30 s', editeur: 'Un éditeur', transcription: long(50) };
    expect(outilSchema.safeParse({ ...outil, type: 'video', video }).success).toBe(true);
    expect(failingPaths(outilSchema, { ...outil, type: 'video', video: { ...video, url: 'http://insecure.fr' } })).toContain('video.url');
    expect(failingPaths(outilSchema, { ...outil, type: 'video', video: { ...video, duree: 'quatre minutes' } })).toContain('video.duree');
    expect(failingPaths(outilSchema, { ...outil, type: 'video', video: { ...video, transcription: 'court' } })).toContain('video.transcription');
  });
  it('refuses a video block on a non-video outil', () => {
    const video = { url: 'https://www.exemple.fr/video', duree: '4 min', editeur: 'Un éditeur', transcription: long(50) };
    expect(failingPaths(outilSchema, { ...outil, video })).toContain('video');
  });
  it('rejects an unknown type', () => {
    expect(failingPaths(outilSchema, { ...outil, type: 'affiche' })).toContain('type');
  });
});

describe('other collections', () => {
  it('phase: only the three phases', () => {
    const phase = { id: 'amont', numero: 1, titre: 'En amont', action: 'Préparer', intro: long(10) };
    expect(phaseSchema.safeParse(phase).success).toBe(true);
    expect(failingPaths(phaseSchema, { ...phase, id: 'avant' })).toContain('id');
  });
  it('obstacle: needs an argued answer and at least one fiche', () => {
    const obstacle = { id: 'jargon', libelle: 'Jargon', famille: 'personnes', objection: '« On ne comprend rien »', reponse: long(40), fiches: ['faciliter-l-expression'] };
    expect(obstacleSchema.safeParse(obstacle).success).toBe(true);
    expect(failingPaths(obstacleSchema, { ...obstacle, fiches: [] })).toContain('fiches');
    expect(failingPaths(obstacleSchema, { ...obstacle, reponse: 'Non.' })).toContain('reponse');
    expect(failingPaths(obstacleSchema, { ...obstacle, famille: 'autre' })).toContain('famille');
  });
  it('reference: a year is required except for tools', () => {
    const ref = { id: 'arnstein-1969', type: 'article', auteurs: ['Sherry R. Arnstein'], titre: 'A Ladder of Citizen Participation', annee: 1969, apport: long(12) };
    expect(referenceSchema.safeParse(ref).success).toBe(true);
    const { annee: _annee, ...withoutYear } = ref;
    expect(failingPaths(referenceSchema, withoutYear)).toContain('annee');
    expect(referenceSchema.safeParse({ ...withoutYear, type: 'outil' }).success).toBe(true);
    expect(failingPaths(referenceSchema, { ...ref, url: 'pas une adresse' })).toContain('url');
    expect(failingPaths(referenceSchema, { ...ref, auteurs: [] })).toContain('auteurs');
  });
  it('glossary term: needs a real definition', () => {
    const terme = { id: 'falc', terme: 'FALC', definition: long(12) };
    expect(termeSchema.safeParse(terme).success).toBe(true);
    expect(failingPaths(termeSchema, { ...terme, definition: 'court' })).toContain('definition');
  });
  it('experience: one of the six rubrics and at least one source', () => {
    const experience = { titre: 'Les conseils citoyens', rubrique: 'rendre-compte', resume: long(10), dispositif: 'Conseils citoyens', echelle: 'nationale', fiches: ['rendre-compte'], references: ['loi-2014-173'] };
    expect(experienceSchema.safeParse(experience).success).toBe(true);
    expect(failingPaths(experienceSchema, { ...experience, rubrique: 'autre' })).toContain('rubrique');
    expect(failingPaths(experienceSchema, { ...experience, references: [] })).toContain('references');
  });
});

describe('questionnaires', () => {
  it('accepts a self-assessment whose bands cover 0 to 100', () => {
    expect(autoevaluationSchema.safeParse(questionnaire).success).toBe(true);
  });
  it('rejects bands with a gap', () => {
    const niveaux = [{ ...questionnaire.niveaux[0]!, max: 40 }, questionnaire.niveaux[1]!];
    expect(failingPaths(autoevaluationSchema, { ...questionnaire, niveaux })).toContain('niveaux');
  });
  it('rejects bands that stop before 100', () => {
    const niveaux = [questionnaire.niveaux[0]!, { ...questionnaire.niveaux[1]!, max: 90 }];
    expect(failingPaths(autoevaluationSchema, { ...questionnaire, niveaux })).toContain('niveaux');
  });
  it('rejects fewer than 8 questions', () => {
    expect(failingPaths(autoevaluationSchema, { ...questionnaire, questions: questionnaire.questions.slice(0, 7) })).toContain('questions');
  });
  it('accepts a true/false quiz and rejects an answer other than vrai or faux', () => {
    const affirmations = Array.from({ length: 12 }, (_, i) => ({ id: `a-${i}`, texte: `Affirmation numéro ${i}`, reponse: 'faux', explication: long(20), fiche: 'rendre-compte' }));
    const quiz = { id: 'idees-recues', type: 'quiz', titre: 'Idées reçues', introduction: long(10), affirmations };
    expect(autoevaluationSchema.safeParse(quiz).success).toBe(true);
    const bad = { ...quiz, affirmations: [{ ...affirmations[0]!, reponse: 'peut-être' }, ...affirmations.slice(1)] };
    expect(failingPaths(autoevaluationSchema, bad)).toContain('affirmations.0.reponse');
  });
});
