import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../src/lib/bench/assets.ts';
import { routes } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { textOf } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();

const islandsOf = (html: string) =>
  [...html.matchAll(/<astro-island\b([^>]*)>/g)].map((m) => ({
    component: /component-url="[^"]*\/([A-Za-z]+)\.[^"/]*\.js"/.exec(m[1]!)?.[1],
    client: /\sclient="([a-z]+)"/.exec(m[1]!)?.[1],
    ssr: /\sssr(?:=""|\s|$)/.test(m[1]!),
  }));

describe('islands in the built pages', () => {
  it('a fiche ships its checklist island, rendered on the server, hydrated when visible, and no other script', () => {
    for (const fiche of kit.fiches) {
      const html = readPage(DIST, routes.fiche(fiche.id));
      expect(islandsOf(html), fiche.id).toEqual([{ component: 'ChecklistIsland', client: 'visible', ssr: true }]);
      const { js } = pageAssets(html);
      expect(js.filter((src) => !/\/_astro\/(ChecklistIsland|client)\.[\w-]+\.js$/.test(src)), fiche.id).toEqual([]);
      expect(html.match(/<script\b[^>]*\bsrc=/g) ?? [], fiche.id).toEqual([]);
      // Every item, with an empty box to tick by hand, without JavaScript.
      const boxes = html.match(/class="checklist__box"/g) ?? [];
      expect(boxes.length, fiche.id).toBe(fiche.data.facteursCles.length + (fiche.data.etapes?.length ?? 0));
      expect(html).toContain(`href="${routes.monSuivi()}"`);
    }
  });

  it('each self-assessment page holds every question with four answer boxes and the scoring key', () => {
    for (const questionnaire of kit.selfAssessments) {
      const html = readPage(DIST, routes.questionnaire(questionnaire.id));
      expect(islandsOf(html)).toEqual([{ component: 'SelfAssessment', client: 'idle', ssr: true }]);
      const text = textOf(html);
      for (const question of questionnaire.questions) expect(text).toContain(question.texte);
      expect(html.match(/<fieldset class="question"/g)).toHaveLength(questionnaire.questions.length);
      expect(html.match(/class="answer-box"/g)).toHaveLength(questionnaire.questions.length * 4);
      expect(text).toContain('Grille de calcul');
      for (const niveau of questionnaire.niveaux) expect(text).toContain(`De ${niveau.min} à ${niveau.max} % — ${niveau.titre}.`);
    }
  });

  it('the quiz page holds every affirmation, boxes for Vrai and Faux, and the answers with their fiche', () => {
    for (const quiz of kit.quizzes) {
      const html = readPage(DIST, routes.questionnaire(quiz.id));
      expect(islandsOf(html)).toEqual([{ component: 'Quiz', client: 'visible', ssr: true }]);
      const text = textOf(html);
      for (const affirmation of quiz.affirmations) {
        expect(text).toContain(affirmation.texte);
        expect(text).toContain(affirmation.explication);
      }
      expect(html.match(/class="answer-box"/g)).toHaveLength(quiz.affirmations.length * 2);
    }
  });

  it('the diagnostic keeps the paper version of the three questionnaires, and « Mon suivi » is in the navigation', () => {
    const html = readPage(DIST, routes.autoevaluation());
    expect(islandsOf(html)).toEqual([{ component: 'Diagnostic', client: 'idle', ssr: true }]);
    const text = textOf(html);
    for (const questionnaire of kit.selfAssessments) for (const question of questionnaire.questions) expect(text).toContain(question.texte);
    expect(islandsOf(readPage(DIST, routes.monSuivi()))).toEqual([{ component: 'MyProgress', client: 'idle', ssr: true }]);
    expect(readPage(DIST, routes.home())).toMatch(/<nav[^>]*aria-label="Navigation principale"[\s\S]*href="\/mon-suivi\/"[\s\S]*<\/nav>/);
  });
});
