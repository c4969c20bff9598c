/** « Citer » in real Chromium: the citation is there without JavaScript, « Copier » copies it, axe finds nothing. */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { formattedCitations } from '../../src/lib/citations.ts';
import { routes } from '../../src/lib/routes.ts';
import { servedSite } from '../helpers/site-browser.ts';
import { realKit } from '../helpers/real-kit.ts';

const site = servedSite();
const first = [...realKit().references].sort((a, b) => a.id.localeCompare(b.id))[0]!;

describe('« Citer »', () => {
  it('shows the citation without JavaScript, and no button', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${routes.bibliographie()}`);
    const item = page.locator(`li#${first.id}`);
    await item.locator('summary', { hasText: 'Citer' }).click();
    await expect.poll(() => item.locator('[data-copy-source]').isVisible()).toBe(true);
    expect(await item.locator('[data-copy-button]').isVisible()).toBe(false);
    await context.close();
  });

  it('« Copier » puts the formatted citation in the clipboard and says so', async () => {
    const context = await site.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}${routes.bibliographie()}`);
    const item = page.locator(`li#${first.id}`);
    await item.locator('summary', { hasText: 'Citer' }).click();
    const button = item.locator('[data-copy-button]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => item.locator('[data-copy-status]').textContent()).toBe('Copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formattedCitations(realKit().references).get(first.id));
    await context.close();
  });

  it('the new pages and a fiche have no axe violation, citations open', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const findings: string[] = [];
    for (const path of [routes.bibliographie(), routes.nouveautes(), routes.donnees(), routes.fiche(realKit().fiches[0]!.id)]) {
      await page.goto(`${site.origin}${path}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      findings.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`));
    }
    await context.close();
    expect(findings).toEqual([]);
    // Five pages through axe: slow when other builds share the two cores.
  }, 400_000);
});
