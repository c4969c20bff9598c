import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const STORAGE_PREFIX = 'kit-participation:';

/** Collects what would go unseen in a test: uncaught errors and console errors (hydration mismatches among them). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Waits until the island holding `selector` has hydrated (islands mark themselves data-ready="true").
 * A key press first: islands with `client:interaction` load React on the reader's first key.
 */
export async function hydrated(page: Page, selector: string): Promise<void> {
  const island = page.locator(selector).first();
  await island.scrollIntoViewIfNeeded();
  await page.keyboard.press('Shift');
  await page.locator(`${selector}[data-ready="true"]`).first().waitFor();
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every key the site keeps in the page's localStorage, with its value. */
export function siteStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
    }
    return out;
  }, STORAGE_PREFIX);
}

/** Makes every call to localStorage throw, as some private modes and blocked storage do. */
export const THROWING_STORAGE_SCRIPT = `(() => {
  const refuse = () => { throw new DOMException('Stockage refusé', 'SecurityError'); };
  for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) Storage.prototype[name] = refuse;
  Object.defineProperty(Storage.prototype, 'length', { get: refuse });
})();`;

/**
 * Fills the page's localStorage up to the browser's quota with one key of another site, then
 * tells whether the site's own probe write is now refused (it must be, for a test to mean anything).
 */
export function fillStorageToQuota(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const key = 'autre-site:remplissage';
    let junk = '';
    for (let size = 1 << 22; size >= 1; ) {
      try {
        localStorage.setItem(key, junk + 'x'.repeat(size));
        junk += 'x'.repeat(size);
      } catch {
        size = Math.floor(size / 2);
      }
    }
    try {
      localStorage.setItem('kit-participation:sonde', '1');
      localStorage.removeItem('kit-participation:sonde');
      return false;
    } catch {
      return true;
    }
  });
}
