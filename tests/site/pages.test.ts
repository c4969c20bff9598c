import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { routes } from '../../src/lib/routes.ts';
import { kitPagePaths } from '../../src/lib/kit/pages.ts';
import { DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, headingsOf, openingTag, parsePage, text, textOf } from '../helpers/html.ts';
import { KIT_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import { realKit } from '../helpers/real-kit.ts';
import { ui } from '../../src/ui/strings.ts';

requireBuild(DIST);
const kit = realKit();

describe('built pages', () => {
  it('builds exactly the pages the kit defines, plus the 404', () => {
    const expected = kitPagePaths(kit);
    expect(htmlPages(DIST).sort()).toEqual([...expected, '/404.html'].sort());
  });

  it.each(kit.fiches.map((f) => [f.id, f] as const))('fiche %s shows its phase, essentiel, rubrics, links and checklist', (_id, fiche) => {
    const html = readPage(DIST, routes.fiche(fiche.id));
    const page = parsePage(html);
    const linksTo = (href: string) => page.select(`a[href="${href}"]`) !== undefined;
    const h2 = headingsOf(html, 'h2');
    expect(h2.slice(0, 5)).toEqual(["L'essentiel", ...FICHE_RUBRICS]);
    const text = textOf(html);
    expect(text).toContain(fiche.data.titre);
    expect(text).toContain(kit.phase(fiche.data.phase)!.titre);
    for (const item of fiche.data.facteursCles) expect(text).toContain(item.texte);
    for (const obstacle of kit.obstaclesOf(fiche)) expect(linksTo(routes.obstacle(obstacle.id)), obstacle.id).toBe(true);
    for (const outil of kit.outilsOf(fiche)) expect(linksTo(routes.outil(outil.id)), outil.id).toBe(true);
    for (const ref of kit.referencesOf(fiche)) expect(linksTo(`${routes.bibliographie()}#${ref.id}`), ref.id).toBe(true);
    const { previous, next } = kit.neighbours(fiche.id);
    if (previous) expect(page.select(`a[href="${routes.fiche(previous.id)}"][rel="prev"]`)).toBeDefined();
    if (next) expect(page.select(`a[href="${routes.fiche(next.id)}"][rel="next"]`)).toBeDefined();
  });

  it('lists on each phase page exactly the fiches of that phase', () => {
    for (const phase of kit.phases) {
      const html = readPage(DIST, routes.phase(phase.id));
      const linked = parsePage(html)
        .selectAll('[href^="/fiches/"]')
        .map((link) => /^\/fiches\/([a-z0-9-]+)\/$/.exec(attr(link, 'href')!)?.[1])
        .filter(Boolean);
      expect(new Set(linked)).toEqual(new Set(kit.fichesOfPhase(phase.id).map((f) => f.id)));
    }
  });

  it('lists every fiche, grouped by phase, on /fiches/ and on the home page', () => {
    for (const page of ['/', '/fiches/']) {
      const text = textOf(readPage(DIST, page));
      for (const fiche of kit.fiches) expect(text).toContain(fiche.data.titre);
    }
  });

  it('renders MDX components as links and callouts, never as raw tags', () => {
    // The HTML parser lower-cases tag names: a leaked <LienFiche> is an element « lienfiche ».
    const components = new Set(Object.keys(KIT_COMPONENTS).map((name) => name.toLowerCase()));
    for (const page of htmlPages(DIST)) {
      const raw = parsePage(readPage(DIST, page)).selectAll('*').filter((element) => components.has(element.tagName));
      expect(raw.map(openingTag), page).toEqual([]);
    }
  });

  it('declares French and a unique title on every page', () => {
    const titles = new Map<string, string>();
    for (const page of htmlPages(DIST)) {
      const document = parsePage(readPage(DIST, page));
      expect(attr(document.select('html')!, 'lang'), page).toBe('fr');
      const titleElements = document.selectAll('title');
      expect(titleElements, page).toHaveLength(1);
      const title = text(titleElements[0]!);
      expect(title, page).toBeTruthy();
      expect(titles.get(title), `${page} a le même titre que ${titles.get(title)}`).toBeUndefined();
      titles.set(title, page);
    }
  });

  it('names the site in the header with a space between its two lines (a screen reader reads the link as one text)', () => {
    const brand = parsePage(readPage(DIST, routes.home())).select('a.site-brand')!;
    expect(text(brand)).toBe(`${ui.siteName} ${ui.siteSubtitle}`);
  });

  it('writes no sitemap or canonical URL without SITE_URL', () => {
    expect(readdirSync(DIST).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    expect(parsePage(readPage(DIST, '/')).select('link[rel~="canonical"]')).toBeUndefined();
  });

  it('makes no request to a third party', () => {
    for (const page of htmlPages(DIST)) {
      const external = parsePage(readPage(DIST, page))
        .selectAll('script, link, img, iframe, source, video, audio')
        .filter((element) => ['src', 'href'].some((name) => /^(?:https?:)?\/\//i.test(attr(element, name)?.trim() ?? '')))
        .map(openingTag);
      expect(external, page).toEqual([]);
    }
    // Raw text on purpose: a font or CDN address anywhere in the file (inline CSS or JS included) is a leak.
    for (const file of ['index.html']) expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/fonts\.googleapis|cdn\./);
  });
});
