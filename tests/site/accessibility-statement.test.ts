import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyboardSample, sampleIds } from '../../src/lib/quality/sample.ts';
import { realKit } from '../helpers/real-kit.ts';

const KEYBOARD_SAMPLE = keyboardSample(sampleIds(realKit()));
import { routes } from '../../src/lib/routes.ts';
import { ui } from '../../src/ui/strings.ts';
import { DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, headingsOf, parsePage, sectionAfter, text, textOf } from '../helpers/html.ts';

requireBuild(DIST);
const html = readPage(DIST, routes.accessibilite());
const page = parsePage(html);
const pageText = textOf(html);
const axeVersion = (JSON.parse(readFileSync('node_modules/axe-core/package.json', 'utf8')) as { version: string }).version;

describe('the déclaration d’accessibilité', () => {
  it('follows the sections of the RGAA 4.1 model, in order', () => {
    expect(headingsOf(html, 'h2')).toEqual([
      'État de conformité',
      'Résultats des tests',
      'Contenus non accessibles',
      'Établissement de cette déclaration',
      "Retour d'information et contact",
      'Voies de recours',
    ]);
    expect(headingsOf(html, 'h3')).toEqual([
      'Non-conformités',
      'Dérogations pour charge disproportionnée',
      "Contenus non soumis à l'obligation d'accessibilité",
      'Technologies utilisées pour la réalisation du site',
      'Environnement de test',
      "Outils pour évaluer l'accessibilité",
      "Pages du site ayant fait l'objet de la vérification de conformité",
    ]);
    expect(pageText).toContain('Le site est non conforme au RGAA 4.1.');
    expect(pageText).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
  });

  it('states the results of the tests over the real number of pages, with the axe-core version that ran', () => {
    const pages = htmlPages(DIST).length;
    expect(pageText).toContain(`Les ${pages} pages du site, puis chaque état des parties interactives`);
    expect(pageText).toContain(`Les tests automatiques portent sur les ${pages} pages du site.`);
    expect(pageText).toContain(`Règles automatiques d'axe-core ${axeVersion} (WCAG 2.0 et 2.1, niveaux A et AA)`);
    const caption = page.select('table > caption#resultats-titre');
    expect(caption && text(caption)).toBe('Tests passés par chaque version publiée');
  });

  it('lists as its sample exactly the pages the keyboard test tabs through, each linked', () => {
    expect(pageText).toContain(`${KEYBOARD_SAMPLE.length} pages, une de chaque sorte`);
    const heading = page.selectAll('h3').find((h3) => text(h3) === "Pages du site ayant fait l'objet de la vérification de conformité");
    expect(heading).toBeDefined();
    const links = sectionAfter(heading!).flatMap((element) => page.selectAll('li > a', element));
    expect(links.map((a) => [attr(a, 'href'), text(a)])).toEqual(KEYBOARD_SAMPLE.map((p) => [p.path, p.label]));
  });

  it('is linked from the footer of every page with the conformity status', () => {
    for (const path of htmlPages(DIST)) {
      const footer = parsePage(readPage(DIST, path)).selectAll(`footer a[href="${routes.accessibilite()}"]`);
      expect(footer.map(text), path).toEqual([ui.accessibilite]);
    }
  });
});
