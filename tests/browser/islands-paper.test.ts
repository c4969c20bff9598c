import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfPageTexts } from '../../src/lib/pdf/read.ts';
import { axeViolations, hydrated } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();
const fiche = kit.fiche('animer-une-reunion')!;
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const quiz = kit.quizzes[0]!;


const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/['’]/g, "'");

/** The page printed to PDF by Chromium, as text (read by pdf.js). */
async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return flat((await pdfPageTexts(pdf)).join('\n'));
}

describe('without JavaScript', () => {
  it('shows every checklist item, question and affirmation, with empty boxes and no dead control', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${site.origin}/fiches/${fiche.id}/`);
    const items = page.locator('.checklist-block li');
    expect(await items.count()).toBe(fiche.data.facteursCles.length);
    expect(await page.locator('.checklist-block .checklist__box').count()).toBe(fiche.data.facteursCles.length);
    expect(await page.locator('.checklist-block input, .checklist-block button').count()).toBe(0);
    expect(await page.locator('.checklist-block').innerText()).toContain('Version papier : imprimez la page et cochez les cases à la main.');

    await page.goto(`${site.origin}/autoevaluation/${amont.id}/`);
    const legends = await page.locator('fieldset.question legend').allInnerTexts();
    expect(legends.map(flat)).toEqual(amont.questions.map((q, i) => flat(`Question ${i + 1} sur ${amont.questions.length}. ${q.texte}`)));
    expect(await page.locator('fieldset.question .answer-box').count()).toBe(amont.questions.length * 4);
    expect(await page.locator('.assessment input, .assessment button').count()).toBe(0);
    expect(await page.locator('.scoring-key').innerText()).toContain('« Oui » 2 points, « En partie » 1 point, « Non » 0 point, « Je ne sais pas » 0 point');

    await page.goto(`${site.origin}/autoevaluation/${quiz.id}/`);
    expect((await page.locator('.quiz-item legend').allInnerTexts()).map(flat)).toEqual(quiz.affirmations.map((a) => flat(a.texte)));
    expect(await page.locator('.quiz button').count()).toBe(0);

    await page.goto(`${site.origin}/mon-suivi/`);
    expect(await page.locator('.my-progress').innerText()).toContain('elle a besoin de JavaScript');
    expect(await page.locator('.my-progress a').count()).toBe(kit.fiches.length + kit.selfAssessments.length + kit.quizzes.length + kit.parcours.length);
    await context.close();
  });

  // axe needs JavaScript to run: the server's markup is audited with the islands' scripts blocked instead.
  it.each(['/fiches/animer-une-reunion/', '/autoevaluation/amont/', '/autoevaluation/idees-recues/', '/autoevaluation/', '/mon-suivi/'])(
    '%s has no axe violation before hydration',
    async (path) => {
      const context = await site.newContext();
      await context.route('**/_astro/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-ready="true"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('on paper', () => {
  it('prints a fiche’s checklist as empty boxes, even after ticking, without the buttons', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/fiches/${fiche.id}/`);
    await hydrated(page, '.checklist-block');
    await page.getByRole('checkbox', { name: fiche.data.facteursCles[0]!.texte, exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    const look = await page.locator('.checklist-block input[type="checkbox"]').first().evaluate((input) => getComputedStyle(input).appearance);
    expect(look).toBe('none');
    expect(await page.locator('.checklist-block .island-actions').isVisible()).toBe(false);
    expect(await page.locator('.checklist-progress').isVisible()).toBe(false);
    const text = await printedText(page);
    for (const item of fiche.data.facteursCles) expect(text).toContain(flat(item.texte).slice(0, 50));
    expect(text).toContain('Cochez les cases à la main au fur et à mesure.');
    expect(text).not.toContain('Tout décocher');
    await context.close();
  });

  it('prints a questionnaire with its answer boxes and its scoring key, and the quiz with its answers', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/autoevaluation/${amont.id}/`);
    await hydrated(page, '.assessment');
    const text = await printedText(page);
    for (const question of amont.questions) expect(text).toContain(flat(question.texte).slice(0, 45));
    expect(text).toContain('Grille de calcul');
    for (const niveau of amont.niveaux) expect(text).toContain(`De ${niveau.min} à ${niveau.max} %`);
    expect(text).not.toContain('Voir le résultat');

    await page.goto(`${site.origin}/autoevaluation/${quiz.id}/`);
    await hydrated(page, '.quiz');
    const quizText = await printedText(page);
    expect(quizText).toContain('Corrigé');
    for (const affirmation of quiz.affirmations) expect(quizText).toContain(flat(affirmation.explication).slice(0, 40));
    // Boxes to tick by hand: two per affirmation, drawn only on paper once the quiz is interactive.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.quiz .answer-choices.print-only').first().isVisible()).toBe(true);
    expect(await page.locator('.quiz-choices').first().isVisible()).toBe(false);
    await context.close();
  });
});
