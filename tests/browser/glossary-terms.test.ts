import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { DIST, htmlPages, readPage } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site-browser.ts';
import { expandedState } from '../helpers/accessibility-tree.ts';
import { realKit } from '../helpers/real-kit.ts';
import { routes } from '../../src/lib/routes.ts';
import { ui } from '../../src/ui/strings.ts';

const site = servedSite();
const kit = realKit();
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

/** For each kind of page that renders MDX, the first built page with a glossary term in its text. */
const SECTIONS = ['/fiches/', '/outils/', '/experiences/'];
const withTerms = SECTIONS.map((section) => htmlPages(DIST).find((path) => path.startsWith(section) && path !== section && readPage(DIST, path).includes('class="terme__mot"'))).filter(
  (path): path is string => path !== undefined,
);

async function open(path: string, options: BrowserContextOptions = PHONE): Promise<Page> {
  const page = await (await site.newContext(options)).newPage();
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** The first term of the page, its popover, and what the glossary says of it. */
async function firstTerm(page: Page) {
  const button = page.locator('main .terme__mot').first();
  const popover = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
  const id = (await popover.locator('a').getAttribute('href'))!.split('#')[1]!;
  const terme = kit.terme(id)!;
  return { button, popover, terme, name: (await button.textContent())! };
}

describe('glossary terms open their definition in place', () => {
  it('fiches, outils and expériences all have terms to test', () => {
    expect(withTerms.map((path) => SECTIONS.find((s) => path.startsWith(s)))).toEqual(SECTIONS);
  });

  it.each(withTerms)('%s: Enter opens the definition next to the term, Escape closes it', async (path) => {
    const page = await open(path);
    const { button, popover, terme, name } = await firstTerm(page);
    expect(await popover.isVisible()).toBe(false);
    expect(await expandedState(page, name)).toBe(false);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain(terme.definition);
    expect(await expandedState(page, name)).toBe(true);
    // The definition follows its term in the page, so a screen reader reads it next.
    expect(await button.evaluate((el) => el.nextElementSibling?.matches('[popover]'))).toBe(true);
    // Next to the term, inside the screen.
    const [term, box] = [(await button.boundingBox())!, (await popover.boundingBox())!];
    expect(Math.min(Math.abs(box.y - (term.y + term.height)), Math.abs(term.y - (box.y + box.height)))).toBeLessThan(12);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Tab reaches the link to the glossary.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ui.seeInGlossary);
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`a tap opens it, a tap elsewhere closes it${javaScriptEnabled ? '' : ', without JavaScript'}`, async () => {
      const page = await open(withTerms[0]!, { ...PHONE, javaScriptEnabled });
      const { button, popover } = await firstTerm(page);
      await button.tap();
      expect(await popover.isVisible()).toBe(true);
      await page.locator('h1').tap();
      expect(await popover.isVisible()).toBe(false);
      await button.click();
      expect(await popover.isVisible()).toBe(true);
      await popover.getByRole('link', { name: ui.seeInGlossary }).click();
      await page.waitForURL(`**${routes.glossaire()}#*`);
      await page.context().close();
    });
  }

  it('an open definition has no accessibility violation', async () => {
    const page = await open(withTerms[0]!);
    const { button } = await firstTerm(page);
    await button.click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('on paper, a term is the plain word and no definition is printed, even an open one', async () => {
    const page = await open(withTerms[0]!);
    const { button, popover, name } = await firstTerm(page);
    await button.click();
    await page.emulateMedia({ media: 'print' });
    // The word stays in the sentence's text.
    expect(await button.evaluate((el) => getComputedStyle(el).display)).toBe('contents');
    expect(await popover.isVisible()).toBe(false);
    const text = await page.locator('main').innerText();
    expect(text).toContain(name);
    expect(text).not.toContain(ui.seeInGlossary);
    await page.context().close();
  });
});
