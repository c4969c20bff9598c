import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site-browser.ts';
import { keyboardSample, sampleIds } from '../../src/lib/quality/sample.ts';
import { realKit } from '../helpers/real-kit.ts';

const KEYBOARD_SAMPLE = keyboardSample(sampleIds(realKit()));

const site = servedSite();
const pages = htmlPages(DIST);


const PAGE_TYPES = KEYBOARD_SAMPLE.map((page) => page.path);

describe('small screens', () => {
  it(`no page scrolls sideways at 320 px (${pages.length} pages)`, async () => {
    const context = await site.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});

interface Stop {
  tag: string;
  label: string;
  visible: boolean;
  position: number;
}

/** Tabs through a page and records, for each stop, whether focus is visible and where it is. */
async function tabThrough(page: Page, limit = 80): Promise<Stop[]> {
  await page.evaluate(`(() => {
    const all = [...document.querySelectorAll('*')];
    window.__order = (el) => all.indexOf(el);
  })()`);
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = (await page.evaluate(`(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().slice(0, 40);
      return { tag: el.tagName.toLowerCase(), label, visible, position: window.__order(el) };
    })()`)) as Stop | null;
    if (!stop) break;
    if (stops.length && stop.position === stops[0]!.position) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard', () => {
  it.each(PAGE_TYPES)('%s: the skip link comes first, focus is always visible and follows the reading order', async (path) => {
    const context = await site.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    const stops = await tabThrough(page);
    await context.close();
    expect(stops.length).toBeGreaterThan(3);
    expect(stops[0]!.label).toBe('Aller au contenu');
    expect(stops.filter((s) => !s.visible).map((s) => `${s.tag} « ${s.label} »`)).toEqual([]);
    // Stops inside web components report their host's position; what matters is that the page never jumps backwards.
    const backwards = stops.filter((s, i) => i > 0 && s.position >= 0 && stops[i - 1]!.position >= 0 && s.position < stops[i - 1]!.position);
    expect(backwards.map((s) => `${s.tag} « ${s.label} »`)).toEqual([]);
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/fiches/animer-une-reunion/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.close();
  });
});

describe('reduced motion', () => {
  it('nothing moves when the reader asks for less motion', async () => {
    const context = await site.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const moving: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const count = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
      if (count) moving.push(`${path}: ${count}`);
    }
    await context.close();
    expect(moving).toEqual([]);
  });
});
