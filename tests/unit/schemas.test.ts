import { describe, expect, it } from 'vitest';
import {
  questionnaireSchema,
  experienceSchema,
  ficheSchema,
  obstacleSchema,
  outilSchema,
  parcoursSchema,
  phaseSchema,
  referenceSchema,
  termeSchema,
  videoSchema,
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
  it('sends a former « video » outil to content/videos.yaml', () => {
    const result = outilSchema.safeParse({ ...outil, type: 'video' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('content/videos.yaml');
    expect(failingPaths(outilSchema, { ...outil, video: { url: 'https://www.exemple.fr/v' } })).toContain('');
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
    expect(questionnaireSchema.safeParse(questionnaire).success).toBe(true);
  });
  it('rejects bands with a gap', () => {
    const niveaux = [{ ...questionnaire.niveaux[0]!, max: 40 }, questionnaire.niveaux[1]!];
    expect(failingPaths(questionnaireSchema, { ...questionnaire, niveaux })).toContain('niveaux');
  });
  it('rejects bands that stop before 100', () => {
    const niveaux = [questionnaire.niveaux[0]!, { ...questionnaire.niveaux[1]!, max: 90 }];
    expect(failingPaths(questionnaireSchema, { ...questionnaire, niveaux })).toContain('niveaux');
  });
  it('rejects fewer than 8 questions', () => {
    expect(failingPaths(questionnaireSchema, { ...questionnaire, questions: questionnaire.questions.slice(0, 7) })).toContain('questions');
  });
  it('accepts a true/false quiz and rejects an answer other than vrai or faux', () => {
    const affirmations = Array.from({ length: 12 }, (_, i) => ({ id: `a-${i}`, texte: `Affirmation numéro ${i}`, reponse: 'faux', explication: long(20), fiche: 'rendre-compte' }));
    const quiz = { id: 'idees-recues', type: 'quiz', titre: 'Idées reçues', introduction: long(10), affirmations };
    expect(questionnaireSchema.safeParse(quiz).success).toBe(true);
    const bad = { ...quiz, affirmations: [{ ...affirmations[0]!, reponse: 'peut-être' }, ...affirmations.slice(1)] };
    expect(failingPaths(questionnaireSchema, bad)).toContain('affirmations.0.reponse');
  });
});

describe('video schema', () => {
  const linked = {
    id: 'commune-commune',
    hebergement: 'lien',
    titre: 'Commune commune',
    realisation: ['Dorine Brun', 'Sarah Jacquet'],
    annee: 2022,
    duree: '1 h 53 min',
    description: long(12),
    usages: ['instance'],
    question: 'Qu\'est-ce qui fait durer une démarche ?',
    fiches: ['structurer-et-coordonner'],
    presentation: { url: 'https://kinow.tenk.fr/x.html', site: 'Tënk' },
    sources: ['https://allocine.fr/film/x.html'],
  };
  const { presentation: _presentation, sources: _sources, ...base } = linked;
  const hosted = { ...base, id: 'reunion', hebergement: 'kit', duree: '4 min 30 s', fichier: '/medias/reunion.mp4', sousTitres: '/medias/reunion.vtt', transcription: long(30) };

  it('accepts a linked film and a hosted video, with their defaults', () => {
    expect(videoSchema.parse(linked)).toMatchObject({ titreConnu: true, obstacles: [] });
    expect(videoSchema.safeParse(hosted).success).toBe(true);
  });
  it('needs a description in the kit\'s words, the presenting page and a source for a linked film', () => {
    const { description: _d, ...withoutDescription } = linked;
    expect(failingPaths(videoSchema, withoutDescription)).toEqual(['description']);
    expect(failingPaths(videoSchema, { ...linked, description: 'Un film.' })).toEqual(['description']);
    const { presentation: _p, ...withoutPage } = linked;
    expect(failingPaths(videoSchema, withoutPage)).toEqual(['presentation']);
    expect(failingPaths(videoSchema, { ...linked, sources: [] })).toEqual(['sources']);
  });
  it('needs a transcript, captions, a file of the kit and a duration for a hosted video', () => {
    for (const field of ['transcription', 'sousTitres', 'fichier', 'duree'] as const) {
      const { [field]: _removed, ...rest } = hosted;
      expect(failingPaths(videoSchema, rest), field).toEqual([field]);
    }
    expect(failingPaths(videoSchema, { ...hosted, transcription: 'Bonjour.' })).toEqual(['transcription']);
  });
  it('never takes another site\'s player for a hosted file, nor a hosted file for a link', () => {
    expect(failingPaths(videoSchema, { ...hosted, fichier: 'https://www.youtube.com/embed/x' })).toEqual(['fichier']);
    expect(failingPaths(videoSchema, { ...hosted, sousTitres: '/medias/reunion.srt' })).toEqual(['sousTitres']);
    expect(failingPaths(videoSchema, { ...linked, fichier: '/medias/reunion.mp4' })).toEqual(['']);
  });
  it('reads addresses with the kit\'s one rule: http(s) pages of another site only', () => {
    for (const url of ['javascript:alert(1)', '/fiches/x/', '//evil.example/x', 'mailto:a@b.fr']) {
      expect(failingPaths(videoSchema, { ...linked, presentation: { ...linked.presentation, url } }), url).toEqual(['presentation.url']);
      expect(failingPaths(videoSchema, { ...linked, sources: [url] }), url).toEqual(['sources.0']);
    }
    expect(videoSchema.safeParse({ ...linked, presentation: { ...linked.presentation, url: 'http://unheard-voices.org/a-propos/' } }).success).toBe(true);
  });
  it('names the two kinds when « hebergement » is missing or unknown', () => {
    for (const hebergement of [undefined, 'youtube']) {
      const result = videoSchema.safeParse({ ...linked, hebergement });
      expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['hebergement', expect.stringMatching(/« lien ».*« kit »/)]]);
    }
  });
  it('checks durations, usages and years', () => {
    expect(failingPaths(videoSchema, { ...linked, duree: '113 minutes' })).toEqual(['duree']);
    expect(failingPaths(videoSchema, { ...linked, usages: ['cinema'] })).toEqual(['usages.0']);
    expect(failingPaths(videoSchema, { ...linked, usages: ['formation', 'formation'] })).toEqual(['usages']);
    expect(failingPaths(videoSchema, { ...linked, annee: 'vers 2012' })).toEqual(['annee']);
  });
});

describe('parcours schema', () => {
  const step = (n: number, target: Record<string, string>) => ({
    id: `etape-${n}`,
    titre: `Étape numéro ${n}`,
    pourquoi: 'Parce que cette étape vient maintenant.',
    retenir: 'Ce que la lectrice ou le lecteur en tire.',
    ...target,
  });
  const parcours = {
    id: 'lancer-une-instance',
    ordre: 1,
    titre: 'Lancer une instance',
    situation: '« Nous lançons un conseil citoyen. »',
    pourQui: 'Les équipes qui lancent une instance.',
    duree: 'Trois mois.',
    introduction: long(10),
    etapes: [
      step(1, { fiche: 'realiser-un-etat-des-lieux', rubrique: 'comment-proceder' }),
      step(2, { fiche: 'definir-objectifs-et-niveau', element: 'objectif-en-une-phrase' }),
      step(3, { outil: 'fiche-cadrage' }),
      step(4, { obstacle: 'scepticisme' }),
      step(5, { questionnaire: 'amont' }),
    ],
  };
  const issues = (data: unknown) => parcoursSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('accepts a parcours whose steps each point to one entry, with formulations defaulting to none', () => {
    const parsed = parcoursSchema.parse(parcours);
    expect(parsed.formulations).toEqual([]);
    expect(parsed.etapes.map((e) => e.id)).toEqual(['etape-1', 'etape-2', 'etape-3', 'etape-4', 'etape-5']);
  });
  it('refuses a step with no target, or with two', () => {
    expect(issues({ ...parcours, etapes: [...parcours.etapes.slice(0, 4), step(5, {})] })).toEqual([expect.stringMatching(/^etapes\.4\.titre: une étape renvoie à un élément du kit/)]);
    expect(issues({ ...parcours, etapes: [...parcours.etapes.slice(0, 4), step(5, { outil: 'a', obstacle: 'b' })] })).toEqual([expect.stringMatching(/^etapes\.4\.obstacle: une étape renvoie à un seul élément/)]);
  });
  it('ties « rubrique » and « element » to a fiche, one of them at most, and knows the four rubrics', () => {
    expect(issues({ ...parcours, etapes: [...parcours.etapes.slice(0, 4), step(5, { outil: 'a', element: 'x' })] })).toEqual([expect.stringMatching(/^etapes\.4\.element: le champ « element » précise une fiche/)]);
    expect(issues({ ...parcours, etapes: [...parcours.etapes.slice(0, 4), step(5, { fiche: 'a', element: 'x', rubrique: 'pourquoi' })] })).toEqual([expect.stringMatching(/^etapes\.4\.element: une étape renvoie soit à une rubrique/)]);
    expect(issues({ ...parcours, etapes: [...parcours.etapes.slice(0, 4), step(5, { fiche: 'a', rubrique: 'conclusion' })] })).toEqual([expect.stringMatching(/^etapes\.4\.rubrique: rubrique inconnue/)]);
  });
  it('needs at least three steps with distinct ids, and refuses unknown fields', () => {
    expect(issues({ ...parcours, etapes: parcours.etapes.slice(0, 2) })).toEqual([expect.stringMatching(/^etapes: au moins 3 étapes/)]);
    expect(issues({ ...parcours, etapes: [...parcours.etapes, { ...parcours.etapes[0] }] })).toEqual([expect.stringMatching(/^etapes\.5\.id: l'identifiant « etape-1 » est déjà utilisé/)]);
    expect(issues({ ...parcours, resume: 'x' })).toHaveLength(1);
  });
});
