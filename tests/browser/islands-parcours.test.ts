/**
 * A parcours page in real Chromium: steps marked done survive a reload and a new tab, are shown
 * on « Mon suivi » and exported; a corrupt entry is reset alone, with a notice; no axe violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, hydrated, siteStorage, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();
const parcours = kit.parcours[0]!;
const steps = parcours.etapes;
const PATH = `/parcours/${parcours.id}/`;
const KEY = `kit-participation:v1:parcours:${parcours.id}`;

async function openParcours(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.origin}${PATH}`);
  await hydrated(page, '.parcours-steps');
  return { page, errors };
}

const box = (page: Page, numero: number) => page.getByRole('checkbox', { name: `J'ai fait l'étape ${numero}`, exact: true });
const progress = (page: Page) => page.locator('.parcours-steps .checklist-progress').innerText();
const doneSteps = (page: Page) => page.locator('.step-card:has(input:checked)').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-step')));

describe('parcours steps island', () => {
  it('keeps the steps marked done after a reload and in a new tab, and shows them on « Mon suivi » and in the export', async () => {
    const context = await site.newContext();
    const { page, errors } = await openParcours(context);
    expect(await progress(page)).toBe(`Progression : 0 étape faite sur ${steps.length}`);
    await box(page, 1).check();
    await box(page, 3).check();
    expect(await progress(page)).toBe(`Progression : 2 étapes faites sur ${steps.length}`);
    await page.reload();
    await hydrated(page, '.parcours-steps');
    expect(await doneSteps(page)).toEqual([steps[0]!.id, steps[2]!.id]);
    await page.close();

    const reopened = await openParcours(context);
    expect(await doneSteps(reopened.page)).toEqual([steps[0]!.id, steps[2]!.id]);
    expect(JSON.parse((await siteStorage(reopened.page))[KEY]!).done).toEqual([steps[0]!.id, steps[2]!.id]);

    await reopened.page.goto(`${site.origin}/mon-suivi/`);
    await hydrated(reopened.page, '.my-progress');
    expect(await reopened.page.locator(`[data-parcours="${parcours.id}"] td`).innerText()).toBe(`2 étapes faites sur ${steps.length}`);
    const [download] = await Promise.all([reopened.page.waitForEvent('download'), reopened.page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.entries.parcours[parcours.id].done).toEqual([steps[0]!.id, steps[2]!.id]);
    expect([...errors, ...reopened.errors]).toEqual([]);
    await context.close();
  });

  it('says so and starts afresh when the saved entry is garbage, leaving other entries alone', async () => {
    const context = await site.newContext();
    const { page } = await openParcours(context);
    const other = 'kit-participation:v1:checklist:rendre-compte';
    await page.evaluate(([key, otherKey]) => {
      localStorage.setItem(key!, '{"done": "pas une liste');
      localStorage.setItem(otherKey!, JSON.stringify({ checked: { facteurs: ['a'] } }));
    }, [KEY, other]);
    const errors = watchErrors(page);
    await page.reload();
    await hydrated(page, '.parcours-steps');
    const status = page.locator('.parcours-steps [role="status"]');
    expect(await status.innerText()).toContain(`était illisible (les étapes cochées du parcours « ${parcours.titre} »)`);
    expect(await status.innerText()).toContain('Le reste de votre suivi est intact.');
    expect(await doneSteps(page)).toEqual([]);
    await box(page, 2).check();
    const stored = await siteStorage(page);
    expect(JSON.parse(stored[KEY]!).done).toEqual([steps[1]!.id]);
    expect(stored[other]).toBe(JSON.stringify({ checked: { facteurs: ['a'] } }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the steps as a plain ordered list of links without JavaScript', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${PATH}`);
    expect(await page.locator('ol.step-list > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')))).toEqual(steps.map((s) => s.id));
    expect(await page.locator('ol.step-list > li a').count()).toBe(steps.length);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await context.close();
  });

  it('has no axe violation empty, with steps done, or with a message', async () => {
    const context = await site.newContext();
    const { page } = await openParcours(context);
    expect(await axeViolations(page)).toEqual([]);
    await box(page, 1).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate((key) => localStorage.setItem(key, 'garbage'), KEY);
    await page.reload();
    await hydrated(page, '.parcours-steps');
    expect(await page.locator('.island-notice').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
