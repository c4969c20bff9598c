/**
 * The built parcours pages: each lists its steps in the content's order, each step a card in
 * its phase's colour with a link that leads to a page (and an anchor) that exists; the list of
 * situations, the home page and the fiches point to them; kit.json publishes them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { headingsOf, textOf } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();

/** The `<li data-step>` cards of the page's step list, in document order. */
function stepCards(html: string): { id: string; className: string; body: string }[] {
  const list = html.slice(html.indexOf('<ol class="step-list">'), html.indexOf('</ol>', html.indexOf('<ol class="step-list">')));
  return [...list.matchAll(/<li\b([^>]*)>([\s\S]*?)<\/li>/g)].map((m) => ({
    id: /data-step="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
    className: /class="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
    body: m[2]!,
  }));
}

/** Whether a site address (path and optional #fragment) leads to a built page holding that id. */
function leadsSomewhere(address: string): boolean {
  const [path, fragment] = address.split('#');
  const file = join(DIST, path!, 'index.html');
  if (!existsSync(file)) return false;
  return !fragment || readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(fragment)}"`);
}

describe('parcours pages', () => {
  it.each(kit.parcours.map((p) => [p.id, p] as const))('%s lists its steps in order, each with a working link and its phase colour', (_id, parcours) => {
    const html = readPage(DIST, routes.parcours(parcours.id));
    expect(headingsOf(html, 'h1')).toEqual([parcours.titre]);
    expect(textOf(html)).toContain(parcours.situation);
    const cards = stepCards(html);
    expect(cards.map((c) => c.id)).toEqual(parcours.etapes.map((s) => s.id));
    cards.forEach((card, index) => {
      const step = parcours.etapes[index]!;
      expect(textOf(card.body)).toContain(`Étape ${index + 1} ${step.titre}`);
      expect(textOf(card.body)).toContain(step.retenir);
      const links = [...card.body.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
      expect(links).toHaveLength(1);
      const target = step.fiche ? routes.fiche(step.fiche) : step.outil ? routes.outil(step.outil) : step.obstacle ? routes.obstacle(step.obstacle) : routes.questionnaire(step.questionnaire!);
      expect(links[0]!.split('#')[0]).toBe(target);
      expect(links[0]!.includes('#')).toBe(Boolean(step.rubrique || step.element));
      expect(leadsSomewhere(links[0]!), `${parcours.id} → ${links[0]}`).toBe(true);
      const phase = kit.phaseOfStep(step);
      if (phase) {
        expect(card.className.split(' ')).toContain(`phase-${phase.id}`);
        expect(textOf(card.body)).toContain(phase.titre);
      }
    });
    // Without JavaScript: an empty box to tick by hand, no checkbox.
    expect(html).not.toMatch(/<ol class="step-list">[\s\S]*type="checkbox"/);
  });

  it('lists every situation on /parcours/, linked, and offers « Par situation » first on the home page', () => {
    const list = readPage(DIST, routes.parcoursList());
    for (const parcours of kit.parcours) {
      expect(textOf(list)).toContain(parcours.situation);
      expect(list).toContain(`href="${routes.parcours(parcours.id)}"`);
    }
    const home = readPage(DIST, routes.home());
    const waysIn = home.slice(home.indexOf('<ul class="ways-in">'));
    expect(/href="([^"]+)"/.exec(waysIn)?.[1]).toBe(routes.parcoursList());
    expect(textOf(waysIn.slice(0, waysIn.indexOf('</li>')))).toMatch(/^Par situation/);
  });

  it('names on each fiche the parcours that pass through it, and only those', () => {
    for (const fiche of kit.fiches) {
      const html = readPage(DIST, routes.fiche(fiche.id));
      const box = html.includes('data-parcours-of-fiche') ? html.slice(html.indexOf('data-parcours-of-fiche'), html.indexOf('</section>', html.indexOf('data-parcours-of-fiche'))) : '';
      const linked = [...box.matchAll(/href="\/parcours\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
      const expected = kit.parcours.filter((p) => p.etapes.some((s) => s.fiche === fiche.id)).map((p) => p.id);
      expect(linked, fiche.id).toEqual(expected);
    }
  });

  it('publishes every parcours in kit.json, with its steps in order and its page', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'donnees', 'kit.json'), 'utf8')) as { parcours: { id: string; page: string; etapes: { id: string }[] }[] };
    expect(json.parcours.map((p) => p.id)).toEqual(kit.parcours.map((p) => p.id));
    for (const published of json.parcours) {
      expect(published.page).toBe(routes.parcours(published.id));
      expect(published.etapes.map((s) => s.id)).toEqual(kit.parcoursById(published.id)!.etapes.map((s) => s.id));
    }
  });
});
