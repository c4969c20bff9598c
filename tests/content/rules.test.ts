/**
 * The editorial rules of the kit (issue « Le contenu du kit »), enforced on the real content:
 * counts, lengths and coverage. A contribution that breaks one is told which and where.
 */
import { describe, expect, it } from 'vitest';
import { EXPERIENCE_RUBRIQUES, OBSTACLE_FAMILIES } from '../../src/schemas/index.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { scanMdx } from '../../src/lib/content/mdx-safety.ts';
import { splitSections } from '../../src/lib/content/headings.ts';
import { buildKit } from '../../src/lib/kit/model.ts';
import { averageSentenceLength, countWords } from '../../src/lib/text.ts';

const kit = buildKit(verifyContent(readContentTree(process.cwd())).raw);

describe('fiches', () => {
  it('are the twelve of the plan, in three phases (6 en amont, 4 pendant, 2 après)', () => {
    expect(kit.fiches.map((f) => f.data.numero)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(kit.phases.map((p) => kit.fichesOfPhase(p.id).length)).toEqual([6, 4, 2]);
  });

  describe.each(kit.fiches.map((f) => [f.data.numero, f] as const))('fiche %i', (_n, fiche) => {
    const [pourquoi, comment, outils, facteurs] = kit.rubricsOf(fiche);

    it("has an « essentiel » of 40 to 90 words in short sentences (15 words or fewer on average)", () => {
      const words = countWords(fiche.data.essentiel);
      expect(words).toBeGreaterThanOrEqual(40);
      expect(words).toBeLessThanOrEqual(90);
      expect(averageSentenceLength(fiche.data.essentiel)).toBeLessThanOrEqual(15);
    });

    it('has at least 150 words in each rubric (checklist items count in the last one)', () => {
      const checklistWords = fiche.data.facteursCles.reduce((n, item) => n + countWords(`${item.texte} ${item.detail ?? ''}`), 0);
      expect(countWords(pourquoi!.content)).toBeGreaterThanOrEqual(150);
      expect(countWords(comment!.content)).toBeGreaterThanOrEqual(150);
      expect(countWords(outils!.content)).toBeGreaterThanOrEqual(150);
      expect(countWords(facteurs!.content) + checklistWords).toBeGreaterThanOrEqual(150);
    });

    it('is 900 to 1,700 words long in all', () => {
      const total =
        countWords(fiche.body) +
        countWords(fiche.data.essentiel) +
        fiche.data.facteursCles.reduce((n, item) => n + countWords(`${item.texte} ${item.detail ?? ''}`), 0);
      expect(total).toBeGreaterThanOrEqual(900);
      expect(total).toBeLessThanOrEqual(1700);
    });

    it('gives numbered steps in « Comment procéder ? »', () => {
      expect(comment!.content.match(/^\d+\.\s/gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    });

    it('presents at least two of its outils in « Quels sont les outils disponibles ? »', () => {
      const linked = new Set(scanMdx(outils!.content).components.filter((c) => c.name === 'LienOutil').map((c) => c.attributes.id));
      expect(linked.size).toBeGreaterThanOrEqual(2);
      for (const id of linked) expect(fiche.data.outils, `${id} est présenté mais absent du champ outils`).toContain(id);
    });
  });
});

describe('obstacles', () => {
  it('number at least 15, each with an objection and an argued answer of 60 to 150 words', () => {
    expect(kit.obstacles.length).toBeGreaterThanOrEqual(15);
    for (const obstacle of kit.obstacles) {
      const words = countWords(obstacle.reponse);
      expect(words, obstacle.id).toBeGreaterThanOrEqual(60);
      expect(words, obstacle.id).toBeLessThanOrEqual(150);
      expect(obstacle.objection, obstacle.id).toMatch(/«.+»/);
    }
  });
});

describe('outils', () => {
  it('number at least 24, of at least five types', () => {
    expect(kit.outils.length).toBeGreaterThanOrEqual(24);
    expect(new Set(kit.outils.map((o) => o.data.type)).size).toBeGreaterThanOrEqual(5);
  });

  it('write the tool out in full under « L\'outil » (at least 150 words)', () => {
    for (const outil of kit.outils) {
      const section = splitSections(outil.body).find((s) => s.title === "L'outil");
      expect(section, `${outil.id} : section « ## L'outil » manquante`).toBeDefined();
      expect(countWords(section!.content), outil.id).toBeGreaterThanOrEqual(150);
    }
  });

  it('link both ways: every fiche to two outils or more, every outil to a fiche', () => {
    for (const fiche of kit.fiches) expect(kit.outilsOf(fiche).length, fiche.id).toBeGreaterThanOrEqual(2);
    for (const outil of kit.outils) expect(kit.fichesForOutil(outil).length, outil.id).toBeGreaterThanOrEqual(1);
  });

  it('include the tools the kit promises', () => {
    const type = (id: string) => kit.outil(id)?.data.type;
    expect(type('charte-locale')).toBe('charte');
    expect(type('lettre-invitation')).toBe('modele');
    expect(type('formulaire-defraiement')).toBe('modele');
    expect(type('trame-reunion')).toBe('trame');
    expect(type('grille-evaluation-annuelle')).toBe('grille');
    const compteRendu = kit.outil('modele-compte-rendu')!.body;
    for (const column of ['Ce que nous avons dit', 'Ce qui a été retenu', 'Pourquoi']) expect(compteRendu).toContain(column);
  });

  it('answer every family of obstacles with an argumentaire', () => {
    const argued = new Set(kit.outils.filter((o) => o.data.type === 'argumentaire').flatMap((o) => kit.obstaclesForOutil(o).map((ob) => ob.famille)));
    expect([...argued].sort()).toEqual([...OBSTACLE_FAMILIES].sort());
  });
});

describe('bibliographie', () => {
  it('holds at least 30 references, each cited somewhere in the kit', () => {
    expect(kit.references.length).toBeGreaterThanOrEqual(30);
    const uncited = kit.references.filter((ref) => {
      const uses = kit.citationsOf(ref.id);
      return uses.fiches.length + uses.outils.length + uses.experiences.length === 0;
    });
    expect(uncited.map((r) => r.id)).toEqual([]);
  });
});

describe('glossaire', () => {
  it('defines at least 25 terms in 20 to 60 words each', () => {
    expect(kit.glossaire.length).toBeGreaterThanOrEqual(25);
    for (const terme of kit.glossaire) {
      const words = countWords(terme.definition);
      expect(words, terme.id).toBeGreaterThanOrEqual(20);
      expect(words, terme.id).toBeLessThanOrEqual(60);
    }
  });
});

describe("retours d'expérience", () => {
  it('cover the six rubrics of the conseils citoyens booklet, each with a source', () => {
    expect(kit.experiences.length).toBeGreaterThanOrEqual(6);
    expect(new Set(kit.experiences.map((e) => e.data.rubrique))).toEqual(new Set(EXPERIENCE_RUBRIQUES));
    for (const experience of kit.experiences) expect(kit.referencesOf(experience).length, experience.id).toBeGreaterThanOrEqual(1);
  });
});

describe('questionnaires', () => {
  it('give one self-assessment per phase whose questions cover every fiche of the phase', () => {
    expect(kit.selfAssessments.map((q) => q.phase)).toEqual(kit.phases.map((p) => p.id));
    for (const questionnaire of kit.selfAssessments) {
      const covered = new Set(questionnaire.questions.map((q) => q.fiche));
      expect(kit.fichesOfPhase(questionnaire.phase).filter((f) => !covered.has(f.id)).map((f) => f.id), questionnaire.id).toEqual([]);
    }
  });

  it('give an « idées reçues » quiz of at least 12 statements, each explained in 30 to 80 words', () => {
    expect(kit.quizzes).toHaveLength(1);
    const quiz = kit.quizzes[0]!;
    expect(quiz.affirmations.length).toBeGreaterThanOrEqual(12);
    for (const affirmation of quiz.affirmations) {
      const words = countWords(affirmation.explication);
      expect(words, affirmation.id).toBeGreaterThanOrEqual(30);
      expect(words, affirmation.id).toBeLessThanOrEqual(80);
    }
  });
});
