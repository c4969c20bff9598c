import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../src/lib/bench/assets.ts';
import { routes } from '../../src/lib/routes.ts';
import { diagnosticUi } from '../../src/ui/islands/diagnostic.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, openingTag, parsePage, text as nodeText, textOf } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();

const islandsOf = (html: string) =>
  parsePage(html)
    .selectAll('astro-island')
    .map((island) => ({
      component: /\/([A-Za-z]+)\.[^/]*\.js$/.exec(attr(island, 'component-url') ?? '')?.[1],
      client: attr(island, 'client'),
      ssr: attr(island, 'ssr') !== undefined,
    }));

describe('islands in the built pages', () => {
  it('a fiche ships its checklist island, rendered on the server, hydrated at the first interaction, and no other script', () => {
    for (const fiche of kit.fiches) {
      const html = readPage(DIST, routes.fiche(fiche.id));
      expect(islandsOf(html), fiche.id).toEqual([{ component: 'ChecklistIsland', client: 'interaction', ssr: true }]);
      const { js } = pageAssets(html);
      expect(js.filter((src) => !/\/_astro\/(ChecklistIsland|client)\.[\w-]+\.js$/.test(src)), fiche.id).toEqual([]);
      const page = parsePage(html);
      expect(page.selectAll('script[src]').map(openingTag), fiche.id).toEqual([]);
      // Every item, with an empty box to tick by hand, without JavaScript.
      const boxes = page.selectAll('.checklist__box');
      expect(boxes.length, fiche.id).toBe(fiche.data.facteursCles.length + (fiche.data.etapes?.length ?? 0));
      expect(page.select(`a[href="${routes.monSuivi()}"]`), fiche.id).toBeDefined();
    }
  });

  it('each self-assessment page holds every question with four answer boxes and the scoring key', () => {
    for (const questionnaire of kit.selfAssessments) {
      const html = readPage(DIST, routes.questionnaire(questionnaire.id));
      expect(islandsOf(html)).toEqual([{ component: 'SelfAssessment', client: 'interaction', ssr: true }]);
      const text = textOf(html);
      for (const question of questionnaire.questions) expect(text).toContain(question.texte);
      const page = parsePage(html);
      expect(page.selectAll('fieldset.question')).toHaveLength(questionnaire.questions.length);
      expect(page.selectAll('.answer-box')).toHaveLength(questionnaire.questions.length * 4);
      expect(text).toContain('Grille de calcul');
      for (const niveau of questionnaire.niveaux) expect(text).toContain(`De ${niveau.min} à ${niveau.max} % — ${niveau.titre}.`);
    }
  });

  it('the quiz page holds every affirmation, boxes for Vrai and Faux, and the answers with their fiche', () => {
    for (const quiz of kit.quizzes) {
      const html = readPage(DIST, routes.questionnaire(quiz.id));
      expect(islandsOf(html)).toEqual([{ component: 'Quiz', client: 'interaction', ssr: true }]);
      const text = textOf(html);
      for (const affirmation of quiz.affirmations) {
        expect(text).toContain(affirmation.texte);
        expect(text).toContain(affirmation.explication);
      }
      expect(parsePage(html).selectAll('.answer-box')).toHaveLength(quiz.affirmations.length * 2);
    }
  });

  it('the diagnostic keeps the paper version of the three questionnaires, and « Mon suivi » is in the navigation', () => {
    const html = readPage(DIST, routes.autoevaluation());
    expect(islandsOf(html)).toEqual([{ component: 'Diagnostic', client: 'interaction', ssr: true }]);
    const text = textOf(html);
    for (const questionnaire of kit.selfAssessments) for (const question of questionnaire.questions) expect(text).toContain(question.texte);
    // Its state with nothing saved is in the HTML, held back until the directive knows it is true.
    const page = parsePage(html);
    const phases = page.selectAll('.diagnostic-phase');
    expect(phases.map((phase) => attr(phase, 'data-phase'))).toEqual(kit.selfAssessments.map((q) => q.id));
    for (const phase of phases) expect(nodeText(page.select('[data-pending="true"] .diagnostic-phase__status', phase)!)).toBe(diagnosticUi.statusEmpty);
    expect(nodeText(page.select('.diagnostic-start[data-pending="true"]')!)).toContain(diagnosticUi.startWithEmpty);
    expect(islandsOf(readPage(DIST, routes.monSuivi()))).toEqual([{ component: 'MyProgress', client: 'interaction', ssr: true }]);
    expect(parsePage(readPage(DIST, routes.home())).select(`nav[aria-label="Navigation principale"] a[href="${routes.monSuivi()}"]`)).toBeDefined();
  });
});
