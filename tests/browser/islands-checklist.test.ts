import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import type { BrowserContext, Page } from 'playwright-core';
import ChecklistIsland, { type ChecklistIslandProps } from '../../src/islands/ChecklistIsland.tsx';
import { THROWING_STORAGE_SCRIPT, axeViolations, hydrated, siteStorage, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();
const fiche = kit.fiche('animer-une-reunion')!;
const items = fiche.data.facteursCles;
const PATH = `/fiches/${fiche.id}/`;
const KEY = `kit-participation:v1:checklist:${fiche.id}`;


async function openFiche(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${site.origin}${PATH}`);
  await hydrated(page, '.checklist-block');
  return { page, errors };
}

const box = (page: Page, texte: string) => page.getByRole('checkbox', { name: texte, exact: true });
const progress = (page: Page) => page.locator('.checklist-progress').innerText();
const checkedLabels = (page: Page) =>
  page.locator('.checklist-block input[type="checkbox"]:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).labels![0]!.textContent));

/** Escapes a value for an HTML attribute, as Astro does for an island's props. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The built fiche page as a later version of the fiche would build it: the island gets new
 * props and the server markup React renders for them, so that it hydrates exactly as in production.
 */
function laterVersion(html: string, props: ChecklistIslandProps): string {
  const island = /(<astro-island\b[^>]*component-url="[^"]*ChecklistIsland[^"]*"[^>]*>)([\s\S]*?)(<\/astro-island>)/;
  const match = island.exec(html);
  if (!match) throw new Error("l'îlot de la liste de contrôle est introuvable dans la page construite");
  const opening = match[1]!.replace(/\sprops="[^"]*"/, ` props="${attribute(serializeProps(props))}"`);
  return html.replace(island, () => `${opening}${renderToString(createElement(ChecklistIsland, props))}${match[3]}`);
}

describe('checklist island on a fiche', () => {
  it('keeps ticks after a reload and after closing the tab, and counts them', async () => {
    const context = await site.newContext();
    const { page, errors } = await openFiche(context);
    expect(await progress(page)).toBe(`Progression : 0 sur ${items.length} cochée`);
    await box(page, items[1]!.texte).check();
    await box(page, items[4]!.texte).check();
    expect(await progress(page)).toBe(`Progression : 2 sur ${items.length} cochées`);
    await page.reload();
    await hydrated(page, '.checklist-block');
    expect(await checkedLabels(page)).toEqual([items[1]!.texte, items[4]!.texte]);
    await page.close();

    const reopened = await openFiche(context);
    expect(await checkedLabels(reopened.page)).toEqual([items[1]!.texte, items[4]!.texte]);
    expect(JSON.parse((await siteStorage(reopened.page))[KEY]!).checked.facteurs).toEqual([items[1]!.id, items[4]!.id]);
    expect([...errors, ...reopened.errors]).toEqual([]);
    await context.close();
  });

  it('keeps each tick on its item, by id, when a later version reorders, adds and removes items', async () => {
    const context = await site.newContext();
    const { page } = await openFiche(context);
    const [kept1, kept2, removed] = [items[1]!, items[4]!, items[7]!];
    for (const item of [kept1, kept2, removed]) await box(page, item.texte).check();

    const later: ChecklistIslandProps = {
      ficheId: fiche.id,
      ficheTitle: fiche.data.titre,
      suiviHref: '/mon-suivi/',
      lists: [
        {
          name: 'facteurs',
          items: [{ id: 'element-ajoute', texte: 'Un élément ajouté par une version plus récente de la fiche.' }, ...items.filter((i) => i !== removed).reverse()],
        },
        // Same id as a ticked success factor, in the other list: lists never share ticks.
        { name: 'etapes', items: [{ id: kept1.id, texte: 'Une étape qui porte le même identifiant qu’un facteur coché.' }] },
      ],
    };
    await page.route(`**${PATH}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: laterVersion(await response.text(), later) });
    });
    const errors = watchErrors(page);
    await page.reload();
    await hydrated(page, '.checklist-block');
    // Guard: the page really is the later version, in another order.
    const order = await page.locator('.checklist-block li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
    expect(order.slice(0, 2)).toEqual(['element-ajoute', items.at(-1)!.id]);
    expect(order).not.toContain(removed.id);
    expect((await checkedLabels(page)).sort()).toEqual([kept2.texte, kept1.texte].sort());
    expect(await box(page, 'Un élément ajouté par une version plus récente de la fiche.').isChecked()).toBe(false);
    expect(await box(page, 'Une étape qui porte le même identifiant qu’un facteur coché.').isChecked()).toBe(false);
    expect(await progress(page)).toBe(`Progression : 2 sur ${items.length + 1} cochées`);
    expect(errors).toEqual([]);

    // Back to the current version: the removed item's tick was kept for it.
    await page.unroute(`**${PATH}`);
    await page.reload();
    await hydrated(page, '.checklist-block');
    expect(await checkedLabels(page)).toEqual([kept1.texte, kept2.texte, removed.texte]);
    await context.close();
  });

  it('« Tout décocher » asks first, can be cancelled, then unticks everything', async () => {
    const context = await site.newContext();
    const { page } = await openFiche(context);
    await box(page, items[0]!.texte).check();
    await box(page, items[2]!.texte).check();
    await page.getByRole('button', { name: 'Tout décocher' }).click();
    const question = page.getByRole('group', { name: 'Décocher les 2 cases cochées de cette fiche ?' });
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Oui, tout décocher');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await checkedLabels(page)).toHaveLength(2);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tout décocher');
    await page.getByRole('button', { name: 'Tout décocher' }).click();
    await page.getByRole('button', { name: 'Oui, tout décocher' }).click();
    expect(await checkedLabels(page)).toEqual([]);
    expect(await page.locator('.checklist-block [role="status"]').innerText()).toContain('Toutes les cases de cette fiche sont décochées.');
    expect(await siteStorage(page)).toEqual({});
    await context.close();
  });

  it('says so and starts afresh when the saved entry is garbage, leaving other entries alone', async () => {
    const context = await site.newContext();
    const { page } = await openFiche(context);
    const other = 'kit-participation:v1:checklist:rendre-compte';
    await page.evaluate(([key, otherKey]) => {
      localStorage.setItem(key!, '{"checked": ["pas');
      localStorage.setItem(otherKey!, JSON.stringify({ checked: { facteurs: ['a'] } }));
    }, [KEY, other]);
    const errors = watchErrors(page);
    await page.reload();
    await hydrated(page, '.checklist-block');
    const status = page.locator('.checklist-block [role="status"]');
    expect(await status.innerText()).toContain(`était illisible (les coches de la fiche « ${fiche.data.titre} »)`);
    expect(await status.innerText()).toContain('Le reste de votre suivi est intact.');
    await box(page, items[3]!.texte).check();
    const stored = await siteStorage(page);
    expect(JSON.parse(stored[KEY]!).checked.facteurs).toEqual([items[3]!.id]);
    expect(stored[other]).toBe(JSON.stringify({ checked: { facteurs: ['a'] } }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works for the visit and says that progress will not be kept when storage throws', async () => {
    const context = await site.newContext();
    await context.addInitScript(THROWING_STORAGE_SCRIPT);
    const { page, errors } = await openFiche(context);
    expect(await page.locator('.checklist-block [role="status"]').innerText()).toContain('Votre navigateur ne garde pas votre progression');
    await box(page, items[0]!.texte).check();
    expect(await progress(page)).toBe(`Progression : 1 sur ${items.length} cochée`);
    expect(await box(page, items[0]!.texte).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violation empty, partly ticked, or with a message', async () => {
    const context = await site.newContext();
    const { page } = await openFiche(context);
    expect(await axeViolations(page)).toEqual([]);
    await box(page, items[0]!.texte).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate((key) => localStorage.setItem(key, 'garbage'), KEY);
    await page.reload();
    await hydrated(page, '.checklist-block');
    expect(await page.locator('.island-notice').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
