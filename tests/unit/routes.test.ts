import { describe, expect, it } from 'vitest';
import { absoluteUrl, allPagePaths, contentLink, routes, withBase } from '../../src/lib/routes.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/', '/fiches/')).toBe('/fiches/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('prefixes a sub-path with or without trailing slash', () => {
    expect(withBase('/kit-participation/', '/fiches/x/')).toBe('/kit-participation/fiches/x/');
    expect(withBase('/kit-participation', '/fiches/x/')).toBe('/kit-participation/fiches/x/');
    expect(withBase('/kit-participation/', '/')).toBe('/kit-participation/');
  });
  it('does not touch external or relative addresses', () => {
    expect(withBase('/kit/', 'https://exemple.org/')).toBe('https://exemple.org/');
    expect(withBase('/kit/', '#contenu')).toBe('#contenu');
  });
});

describe('absoluteUrl', () => {
  it('joins site, base and path', () => {
    expect(absoluteUrl('https://kit.exemple.org', '/kit-participation/', routes.fiche('a'))).toBe('https://kit.exemple.org/kit-participation/fiches/a/');
    expect(absoluteUrl('https://kit.exemple.org/', '/', '/')).toBe('https://kit.exemple.org/');
  });
});

describe('allPagePaths', () => {
  it('lists one page per entry and every fixed page once', () => {
    const paths = allPagePaths({ fiches: ['f1', 'f2'], obstacles: ['o'], outils: ['t'], experiences: ['e'], phases: ['amont'], questionnaires: ['amont', 'idees-recues'], parcours: ['relancer'] });
    expect(paths).toContain('/fiches/f2/');
    expect(paths).toContain('/obstacles/o/');
    expect(paths).toContain('/phases/amont/');
    expect(paths).toContain('/accessibilite/');
    expect(paths).toContain('/autoevaluation/idees-recues/');
    expect(paths).toContain('/mon-suivi/');
    expect(paths).toContain('/parcours/');
    expect(paths).toContain('/parcours/relancer/');
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('contentLink', () => {
  it('adds the base to site paths and marks outside addresses', () => {
    expect(contentLink('/kit/', '/fiches/a/')).toEqual({ href: '/kit/fiches/a/', external: false });
    expect(contentLink('/kit/', '#rubrique')).toEqual({ href: '#rubrique', external: false });
    expect(contentLink('/kit/', 'https://www.legifrance.gouv.fr/')).toEqual({ href: 'https://www.legifrance.gouv.fr/', external: true });
    expect(contentLink('/kit/', 'mailto:contact@exemple.org')).toEqual({ href: 'mailto:contact@exemple.org', external: false });
    expect(contentLink('/kit/', ' /fiches/a/ ')).toEqual({ href: '/kit/fiches/a/', external: false });
  });
  it.each([
    ['javascript:alert(1)', 'le protocole « javascript: » n\'est pas accepté'],
    ['java\tscript:alert(1)', 'le protocole « javascript: » n\'est pas accepté'],
    [' JavaScript:alert(1)', 'le protocole « javascript: » n\'est pas accepté'],
    ['data:text/html,<script>alert(1)</script>', 'le protocole « data: » n\'est pas accepté'],
    ['vbscript:msgbox(1)', 'le protocole « vbscript: » n\'est pas accepté'],
    ['//exemple.org/x', 'mène vers un autre site'],
    ['\\\\exemple.org\\x', 'mène vers un autre site'],
    ['fiches/a/', 'adresse relative'],
  ])('refuses « %s », naming it, so that the build stops', (url, reason) => {
    expect(() => contentLink('/', url)).toThrow(`Lien refusé : « ${url} »`);
    expect(() => contentLink('/', url)).toThrow(reason);
  });
});
