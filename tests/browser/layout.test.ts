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

/** Text whose size is not one of the scale's (`--type-*` in tokens.css) or whose weight is neither 400 nor 700. */
async function offScale(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tokens = new Set<string>();
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
        for (const name of rule.style) if (name.startsWith('--type-')) tokens.add(name);
      }
    }
    const probe = document.body.appendChild(document.createElement('span'));
    const sizes = new Set([...tokens].map((name) => {
      probe.style.fontSize = `var(${name})`;
      return getComputedStyle(probe).fontSize;
    }));
    probe.remove();
    if (sizes.size < 3) return [`échelle introuvable : ${[...tokens].join(', ') || 'aucune variable --type-*'}`];
    const wrong = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent!.trim() || !element.getClientRects().length) continue;
      const style = getComputedStyle(element);
      if (!sizes.has(style.fontSize) || !['400', '700'].includes(style.fontWeight)) {
        wrong.add(`${element.tagName.toLowerCase()}${element.classList.length ? '.' + [...element.classList].join('.') : ''} ${style.fontSize} ${style.fontWeight}`);
      }
    }
    return [...wrong];
  });
}

describe('the type scale', () => {
  // Each size and weight a page draws costs Chromium a font set-up, through the browser process,
  // before the first paint: the kit keeps to a short scale so reading pages stay fast on a phone.
  it.each([412, 1280])('at %i px, every page type draws its text in the sizes of the scale and in weights 400 and 700', async (width) => {
    const context = await site.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const path of PAGE_TYPES) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForLoadState('networkidle');
      wrong.push(...(await offScale(page)).map((text) => `${path}: ${text}`));
    }
    await context.close();
    expect(wrong).toEqual([]);
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
