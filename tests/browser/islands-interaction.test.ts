import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hydrated, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';
import { routes } from '../../src/lib/routes.ts';
import { storageKey } from '../../src/lib/progress/keys.ts';
import { choiceKey } from '../../src/lib/progress/prepaint.ts';

const site = servedSite();
const fiche = realKit().fiches[0]!;
const items = fiche.data.facteursCles;
const PATH = routes.fiche(fiche.id);

/** Opens a page and records every JavaScript file it asks for. */
async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, scripts, errors };
}

const openFiche = (context: BrowserContext) => openPage(context, PATH);

const paintedTicks = (page: Page) => page.locator('.checklist__box--ticked').evaluateAll((boxes) => boxes.map((box) => box.closest('li')!.getAttribute('data-item')));

describe('zero JavaScript file before the reader acts (client:interaction)', () => {
  it('saved ticks show after a reload with no script file asked for, and React loads on the first touch', async () => {
    const context = await site.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const first = await openFiche(context);
    expect(first.scripts).toEqual([]);
    await hydrated(first.page, '.checklist-block');
    for (const item of [items[0]!, items[2]!]) await first.page.getByRole('checkbox', { name: item.texte, exact: true }).check();
    await first.page.close();

    const { page, scripts, errors } = await openFiche(context);
    await page.locator('.checklist-block').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    // Painted from storage by the inline script, React not loaded: no file, paper boxes.
    expect(await paintedTicks(page)).toEqual([items[0]!.id, items[2]!.id]);
    expect(scripts).toEqual([]);
    expect(await page.locator('.checklist-block input[type="checkbox"]').count()).toBe(0);

    // The first tap loads React, and is not lost: the box tapped is ticked once React is there, and saved.
    await page.locator(`.checklist-block li[data-item="${items[1]!.id}"] .checklist__box`).tap();
    await page.locator('.checklist-block[data-ready="true"]').waitFor();
    expect(scripts.some((path) => path.includes('ChecklistIsland'))).toBe(true);
    const checked = () => page.locator('.checklist-block input:checked').evaluateAll((inputs) => inputs.map((i) => i.closest('li')!.getAttribute('data-item')));
    await expect.poll(checked).toEqual([items[0]!.id, items[1]!.id, items[2]!.id]);
    // Once: a second look finds the same three, the tap was not made twice.
    await page.waitForTimeout(300);
    expect(await checked()).toEqual([items[0]!.id, items[1]!.id, items[2]!.id]);
    await page.reload();
    await page.locator('.checklist-block').scrollIntoViewIfNeeded();
    expect(await paintedTicks(page)).toEqual([items[0]!.id, items[1]!.id, items[2]!.id]);
    // Tapping the text of an item works the same.
    await page.locator(`.checklist-block li[data-item="${items[3]!.id}"]`).getByText(items[3]!.texte, { exact: true }).tap();
    await expect.poll(checked).toEqual([items[0]!.id, items[1]!.id, items[2]!.id, items[3]!.id]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a keyboard reader’s first key loads the island, whose boxes Tab then reaches', async () => {
    const context = await site.newContext();
    const { page, scripts } = await openFiche(context);
    // The reader's window has focus: keys go to the page.
    await page.bringToFront();
    await page.keyboard.press('Tab');
    await page.locator('.checklist-block[data-ready="true"]').waitFor();
    expect(scripts.some((path) => path.includes('ChecklistIsland'))).toBe(true);
    await page.locator('.checklist-block input[type="checkbox"]').first().focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.checklist-block input:checked').count()).toBe(1);
    await context.close();
  });

  it('Enter or Space on a control outside the island works that control and loads nothing', async () => {
    const context = await site.newContext();
    const { page, scripts } = await openFiche(context);
    await page.bringToFront();
    const link = page.locator('main a[href]').first();
    await link.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    // The next key that is not working a control does load the island.
    await page.keyboard.press('Tab');
    await page.locator('.checklist-block[data-ready="true"]').waitFor();
    expect(scripts.some((path) => path.includes('ChecklistIsland'))).toBe(true);
    await context.close();
  });

  it('corrupt storage paints nothing and breaks nothing before React loads', async () => {
    const context = await site.newContext();
    await context.addInitScript(([key]) => localStorage.setItem(key!, '{"checked":{"facteurs":"pas une liste"'), [storageKey('checklist', fiche.id)]);
    const { page, scripts, errors } = await openFiche(context);
    expect(await paintedTicks(page)).toEqual([]);
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('questionnaires wait for the reader too, unless they have something to show', () => {
  const kit = realKit();
  const assessment = kit.selfAssessments[0]!;
  const quiz = kit.quizzes[0]!;

  it('a self-assessment loads nothing on a first visit; the first tap on a paper box is the answer, and a return loads at once', async () => {
    const context = await site.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const question = assessment.questions[1]!;
    const first = await openPage(context, routes.questionnaire(assessment.id));
    expect(first.scripts).toEqual([]);
    const paperBox = first.page.locator(`[data-choice="${choiceKey(question.id, 'en-partie')}"]`);
    await paperBox.scrollIntoViewIfNeeded();
    await paperBox.tap();
    const radio = first.page.getByRole('group', { name: question.texte }).getByRole('radio', { name: 'En partie' });
    await expect.poll(() => radio.isChecked(), { timeout: 15_000 }).toBe(true);
    expect(first.scripts.length).toBeGreaterThan(0);
    const saved = await first.page.evaluate((key) => localStorage.getItem(key), storageKey('autoevaluation', assessment.id));
    expect(JSON.parse(saved ?? '{}').answers).toEqual({ [question.id]: 'en-partie' });
    expect(first.errors).toEqual([]);
    await first.page.close();

    // With an answer saved, React comes without a touch: the questionnaire shows it at once.
    const back = await openPage(context, routes.questionnaire(assessment.id));
    await back.page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await back.page.getByRole('group', { name: question.texte }).getByRole('radio', { name: 'En partie' }).isChecked()).toBe(true);
    await context.close();
  });

  it('a quiz loads nothing on a first visit; the first tap on « Vrai » or « Faux » is the answer', async () => {
    const context = await site.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
    const affirmation = quiz.affirmations[0]!;
    const { page, scripts, errors } = await openPage(context, routes.questionnaire(quiz.id));
    expect(scripts).toEqual([]);
    const paperBox = page.locator(`span[data-choice="${choiceKey(affirmation.id, 'faux')}"]`);
    await paperBox.scrollIntoViewIfNeeded();
    await paperBox.tap();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), storageKey('quiz', quiz.id)), { timeout: 15_000 }).not.toBeNull();
    const saved = await page.evaluate((key) => localStorage.getItem(key), storageKey('quiz', quiz.id));
    expect(JSON.parse(saved ?? '{}').answers).toEqual({ [affirmation.id]: 'faux' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
