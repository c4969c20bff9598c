import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { routes } from '../../src/lib/routes.ts';
import { kitPagePaths } from '../../src/lib/kit/pages.ts';
import { DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { textOf, headingsOf } from '../helpers/html.ts';
import { KIT_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();

describe('built pages', () => {
  it('builds exactly the pages the kit defines, plus the 404', () => {
    const expected = kitPagePaths(kit);
    expect(htmlPages(DIST).sort()).toEqual([...expected, '/404.html'].sort());
  });

  it.each(kit.fiches.map((f) => [f.id, f] as const))('fiche %s shows its phase, essentiel, rubrics, links and checklist', (_id, fiche) => {
    const html = readPage(DIST, routes.fiche(fiche.id));
    const h2 = headingsOf(html, 'h2');
    expect(h2.slice(0, 5)).toEqual(["L'essentiel", ...FICHE_RUBRICS]);
    const text = textOf(html);
    expect(text).toContain(fiche.data.titre);
    expect(text).toContain(kit.phase(fiche.data.phase)!.titre);
    for (const item of fiche.data.facteursCles) expect(text).toContain(item.texte);
    for (const obstacle of kit.obstaclesOf(fiche)) expect(html).toContain(`href="/obstacles/${obstacle.id}/"`);
    for (const outil of kit.outilsOf(fiche)) expect(html).toContain(`href="/outils/${outil.id}/"`);
    for (const ref of kit.referencesOf(fiche)) expect(html).toContain(`href="/bibliographie/#${ref.id}"`);
    const { previous, next } = kit.neighbours(fiche.id);
    if (previous) expect(html).toMatch(new RegExp(`href="/fiches/${previous.id}/" rel="prev"`));
    if (next) expect(html).toMatch(new RegExp(`href="/fiches/${next.id}/" rel="next"`));
  });

  it('lists on each phase page exactly the fiches of that phase', () => {
    for (const phase of kit.phases) {
      const html = readPage(DIST, routes.phase(phase.id));
      const linked = [...html.matchAll(/href="\/fiches\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
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
    for (const page of htmlPages(DIST)) {
      const html = readPage(DIST, page);
      expect(html, page).not.toMatch(new RegExp(`<(${Object.keys(KIT_COMPONENTS).join('|')})\\b`));
    }
  });

  it('declares French and a unique title on every page', () => {
    const titles = new Map<string, string>();
    for (const page of htmlPages(DIST)) {
      const html = readPage(DIST, page);
      expect(html, page).toMatch(/<html lang="fr"/);
      const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
      expect(title, page).toBeTruthy();
      expect(titles.get(title!), `${page} a le même titre que ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, page);
    }
  });

  it('writes no sitemap or canonical URL without SITE_URL', () => {
    expect(readdirSync(DIST).filter((name) => name.startsWith('sitemap'))).toEqual([]);
    expect(readPage(DIST, '/')).not.toContain('rel="canonical"');
  });

  it('makes no request to a third party', () => {
    for (const page of htmlPages(DIST)) {
      const html = readPage(DIST, page);
      const external = [...html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      expect(external, page).toEqual([]);
    }
    for (const file of ['index.html']) expect(readFileSync(join(DIST, file), 'utf8')).not.toMatch(/fonts\.googleapis|cdn\./);
  });
});
