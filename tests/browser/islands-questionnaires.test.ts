import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { bandFor, recommendFiches, scoreAssessment } from '../../src/lib/progress/assessment.ts';
import { MAX_SHARE_FRAGMENT, encodeAnswers } from '../../src/lib/progress/share-hash.ts';
import { STORED_ANSWERS, type StoredAnswer } from '../../src/schemas/progress.ts';
import { THROWING_STORAGE_SCRIPT, axeViolations, hydrated, siteStorage, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const quiz = kit.quizzes[0]!;
const order = kit.fiches.map((f) => f.id);


async function open(context: BrowserContext, path: string, island: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.origin}${path}`);
  await hydrated(page, island);
  return { page, errors };
}

/** A mix of every answer, with several « Non » on the same fiche, so that the ranking matters. */
const PLAN: StoredAnswer[] = ['oui', 'non', 'en-partie', 'oui', 'oui', 'non', 'ne-sait-pas', 'oui', 'en-partie', 'oui'];
const planned = Object.fromEntries(amont.questions.map((q, i) => [q.id, PLAN[i]!]));
const expectedScore = scoreAssessment(amont.questions, planned);
const expectedBand = bandFor(amont.niveaux, expectedScore.percent);
const expectedFiches = recommendFiches(amont.questions, planned, expectedBand, order).map((r) => `/fiches/${r.fiche}/`);

interface ShownResult {
  level: string;
  score: string;
  fiches: string[];
}

async function shownResult(page: Page): Promise<ShownResult> {
  const result = page.locator('.assessment-result');
  await result.waitFor();
  return {
    level: await result.locator('.assessment-result__level').innerText(),
    score: await result.locator('p').nth(1).innerText(),
    fiches: await result.locator('.recommended-fiches a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
  };
}

const activeName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.tagName);

describe('self-assessment', () => {
  it('can be completed with the keyboard alone; the result, its level and the fiches to read are shown and announced', async () => {
    const context = await site.newContext();
    const { page, errors } = await open(context, `/autoevaluation/${amont.id}/`, '.assessment');
    expect(await axeViolations(page)).toEqual([]);

    // From the top of the page, Tab until the first question's answers.
    for (let i = 0; i < 60 && (await activeName(page)) !== `amont-${amont.questions[0]!.id}`; i += 1) await page.keyboard.press('Tab');
    expect(await activeName(page)).toBe(`amont-${amont.questions[0]!.id}`);
    for (const [index, question] of amont.questions.entries()) {
      expect(await activeName(page)).toBe(`amont-${question.id}`);
      const steps = STORED_ANSWERS.indexOf(PLAN[index]!);
      if (steps === 0) await page.keyboard.press('Space');
      for (let s = 0; s < steps; s += 1) await page.keyboard.press('ArrowRight');
      if (index === 4) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Voir le résultat');
    await page.keyboard.press('Enter');

    const result = await shownResult(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Votre résultat');
    expect(result.level).toBe(`Niveau atteint : « ${expectedBand.titre} » (de ${expectedBand.min} à ${expectedBand.max} %).`);
    expect(result.score).toBe(`${expectedScore.points} points sur 20, soit ${expectedScore.percent} %.`);
    expect(result.fiches).toEqual(expectedFiches);
    expect(await page.locator('.assessment-result').innerText()).toContain('Vous avez répondu « Je ne sais pas » à 1 question');
    expect(await page.locator('.assessment [role="status"]').first().innerText()).toContain(`Résultat : ${expectedScore.percent} %`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The address now carries the answers: a fresh browser shows the same result, without any storage.
    const shared = page.url();
    expect(new URL(shared).hash).toMatch(/^#r=1\.[0-9a-z]+$/);
    const fresh = await site.newContext();
    const other = await open(fresh, new URL(shared).pathname + new URL(shared).hash, '.assessment');
    expect(await other.page.locator('.shared-result__banner').innerText()).toContain('résultat partagé');
    expect(await shownResult(other.page)).toEqual(result);
    // The shared answers stay in the address, to pass the link on again.
    expect(await other.page.evaluate(() => location.hash)).toBe(new URL(shared).hash);
    expect(await siteStorage(other.page)).toEqual({});
    expect(await axeViolations(other.page)).toEqual([]);

    // Taking the shared answers makes them one's own.
    await other.page.getByRole('button', { name: 'Reprendre ces réponses pour les modifier' }).click();
    expect(Object.keys(await siteStorage(other.page))).toEqual(['kit-participation:v1:autoevaluation:amont']);
    expect(await other.page.locator(`input[name="amont-${amont.questions[1]!.id}"][value="non"]`).isChecked()).toBe(true);
    expect(other.errors).toEqual([]);
    await fresh.close();
    await context.close();
  });

  it('keeps a half-done questionnaire to resume later, and lists what is missing', async () => {
    const context = await site.newContext();
    const { page } = await open(context, `/autoevaluation/${amont.id}/`, '.assessment');
    for (const question of amont.questions.slice(0, 3)) {
      await page.locator(`#question-${question.id}`).getByLabel('Oui', { exact: true }).check();
    }
    await page.close();
    const { page: again } = await open(context, `/autoevaluation/${amont.id}/`, '.assessment');
    expect(await again.locator('.assessment-progress').innerText()).toBe('3 questions sur 10 avec une réponse.');
    expect(await again.locator('input[type="radio"]:checked').count()).toBe(3);
    await again.getByRole('button', { name: 'Voir le résultat' }).click();
    const missing = again.locator('.assessment-missing');
    expect(await missing.innerText()).toContain('Il reste 7 questions sans réponse');
    expect(await missing.locator('a').first().getAttribute('href')).toBe(`#question-${amont.questions[3]!.id}`);
    expect(await again.evaluate(() => document.activeElement?.className)).toBe('assessment-missing');
    expect(await again.locator('.assessment-result').count()).toBe(0);
    expect(await axeViolations(again)).toEqual([]);
    await context.close();
  });

  it('says when a shared link is damaged, and shows the reader’s own answers', async () => {
    const context = await site.newContext();
    const { page } = await open(context, `/autoevaluation/${amont.id}/#r=1.zzz`, '.assessment');
    expect(await page.locator('.assessment [role="status"]').first().innerText()).toContain('Ce lien de résultat est abîmé');
    expect(await page.locator('fieldset.question').count()).toBe(amont.questions.length);
    await context.close();
  });

  it('refuses, as damaged, a link too long to be a real one, and takes it out of the address', async () => {
    const context = await site.newContext();
    // Well-formed answers to a real question, repeated far past what any questionnaire needs.
    const token = encodeAnswers(amont.questions, { [amont.questions[0]!.id]: 'non' }).slice('r=1.'.length);
    const forged = `r=1.${token.repeat(20_000)}`;
    expect(forged.length).toBeGreaterThan(MAX_SHARE_FRAGMENT);
    const { page, errors } = await open(context, `/autoevaluation/${amont.id}/#${forged}`, '.assessment');
    expect(await page.locator('.assessment [role="status"]').first().innerText()).toContain('Ce lien de résultat est abîmé');
    expect(await page.locator('.shared-result').count()).toBe(0);
    expect(await page.locator('fieldset.question').count()).toBe(amont.questions.length);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('global diagnostic', () => {
  const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
  /** Where the diagnostic's parts and what follows it are on the page, from its top. */
  const layoutOf = (page: Page) =>
    page.locator('.diagnostic h3, .diagnostic-phase__status, #version-papier').evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top + window.scrollY)));

  it('on a first visit, says where each phase stands without any script file, and nothing moves when React comes (issue 14)', async () => {
    const context = await site.newContext(PHONE);
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') files.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}/autoevaluation/`);
    await page.waitForLoadState('networkidle');
    expect(files).toEqual([]);
    expect(await page.locator('.diagnostic').getAttribute('data-ready')).toBe('false');
    const statuses = page.locator('.diagnostic-phase__status');
    expect(await statuses.count()).toBe(kit.selfAssessments.length);
    for (const status of await statuses.all()) {
      expect(await status.isVisible()).toBe(true);
      expect(await status.innerText()).toBe('Pas encore commencé.');
    }
    expect(await page.locator('.diagnostic-start').isVisible()).toBe(true);
    expect(await page.locator('.diagnostic-start').innerText()).toContain('Répondez à au moins un questionnaire');
    expect(await axeViolations(page)).toEqual([]);
    const before = await layoutOf(page);
    await hydrated(page, '.diagnostic');
    expect(files.length).toBeGreaterThan(0);
    expect(await layoutOf(page)).toEqual(before);
    expect(await statuses.first().innerText()).toBe('Pas encore commencé.');
    await context.close();
  });

  it('with answers saved, sums them up without waiting for a touch; without JavaScript, claims nothing', async () => {
    const context = await site.newContext(PHONE);
    await context.addInitScript((answers) => {
      localStorage.setItem('kit-participation:v1:autoevaluation:amont', JSON.stringify({ answers }));
    }, planned);
    const page = await context.newPage();
    await page.goto(`${site.origin}/autoevaluation/`);
    // No key, no touch: the directive found answers and loaded React at once.
    await page.locator('.diagnostic[data-ready="true"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.diagnostic-phase__status').first().innerText()).toBe(`${expectedScore.percent} % — niveau « ${expectedBand.titre} ».`);
    expect(await page.locator('.diagnostic-start .recommended-fiches a').count()).toBe(3);
    await context.close();

    const noScript = await site.newContext({ ...PHONE, javaScriptEnabled: false });
    const paper = await noScript.newPage();
    await paper.goto(`${site.origin}/autoevaluation/`);
    expect(await paper.locator('.diagnostic-phase').count()).toBe(kit.selfAssessments.length);
    expect(await paper.locator('.diagnostic-phase a').first().isVisible()).toBe(true);
    // It cannot know what this browser keeps: no « not started », no bar, no empty room either.
    expect(await paper.locator('.diagnostic-phase__status').first().isVisible()).toBe(false);
    expect(await paper.locator('.diagnostic-start').boundingBox()).toBeNull();
    await noScript.close();
  });

  it('sums up each phase in words and bars, and names three fiches to start with', async () => {
    const context = await site.newContext();
    const { page: empty, errors } = await open(context, '/autoevaluation/', '.diagnostic');
    expect(await empty.locator('.diagnostic-start').innerText()).toContain('Répondez à au moins un questionnaire');
    expect(await axeViolations(empty)).toEqual([]);
    await empty.evaluate((answers) => {
      localStorage.setItem('kit-participation:v1:autoevaluation:amont', JSON.stringify({ answers }));
      localStorage.setItem('kit-participation:v1:autoevaluation:pendant', JSON.stringify({ answers: { 'devoir-de-suite': 'non' } }));
    }, planned);
    await empty.reload();
    await hydrated(empty, '.diagnostic');
    const phases = empty.locator('.diagnostic-phase');
    expect(await phases.nth(0).locator('.diagnostic-phase__status').innerText()).toBe(`${expectedScore.percent} % — niveau « ${expectedBand.titre} ».`);
    expect(await phases.nth(1).locator('.diagnostic-phase__status').innerText()).toBe('Commencé : 1 question sur 10.');
    expect(await phases.nth(2).locator('.diagnostic-phase__status').innerText()).toBe('Pas encore commencé.');
    expect(await phases.nth(0).locator('.score-bar').getAttribute('aria-hidden')).toBe('true');
    const start = await empty.locator('.diagnostic-start .recommended-fiches a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(start).toHaveLength(3);
    expect(start[0]).toBe(expectedFiches[0]);
    expect(await phases.nth(1).getByRole('link').innerText()).toBe('Reprendre le questionnaire « Pendant »');
    expect(await axeViolations(empty)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('« idées reçues » quiz', () => {
  it('explains each answer with a link to its fiche, then gives the score', async () => {
    const context = await site.newContext();
    const { page, errors } = await open(context, `/autoevaluation/${quiz.id}/`, '.quiz');
    expect(await axeViolations(page)).toEqual([]);
    const first = quiz.affirmations[0]!;
    const item = page.locator(`#affirmation-${first.id}`);
    await item.getByRole('button', { name: 'Vrai' }).click();
    const feedback = item.locator('.quiz-feedback');
    expect(await feedback.innerText()).toContain(first.reponse === 'vrai' ? 'Bonne réponse.' : "Ce n'est pas ça : la réponse est « Faux ».");
    expect(await feedback.innerText()).toContain(first.explication.slice(0, 40));
    expect(await feedback.getByRole('link').getAttribute('href')).toBe(`/fiches/${first.fiche}/`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('quiz-feedback');
    expect(await axeViolations(page)).toEqual([]);

    for (const affirmation of quiz.affirmations.slice(1)) {
      await page.locator(`#affirmation-${affirmation.id}`).getByRole('button', { name: 'Vrai' }).click();
    }
    const right = quiz.affirmations.filter((a) => a.reponse === 'vrai').length;
    const score = `Votre score : ${right} ${right > 1 ? 'bonnes réponses' : 'bonne réponse'} sur ${quiz.affirmations.length}.`;
    expect(await page.locator('.quiz-summary__score').innerText()).toBe(score);
    expect(await page.locator('.quiz [role="status"]').innerText()).toContain(score);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await hydrated(page, '.quiz');
    expect(await page.locator('.quiz-summary__score').innerText()).toBe(score);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works for the visit when storage throws, and says so', async () => {
    const context = await site.newContext();
    await context.addInitScript(THROWING_STORAGE_SCRIPT);
    const { page, errors } = await open(context, `/autoevaluation/${quiz.id}/`, '.quiz');
    expect(await page.locator('.quiz [role="status"]').innerText()).toContain('seront perdues en fermant la page');
    await page.locator(`#affirmation-${quiz.affirmations[0]!.id}`).getByRole('button', { name: 'Faux' }).click();
    expect(await page.locator('.quiz-summary__score').innerText()).toBe(`1 réponse sur ${quiz.affirmations.length}.`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
