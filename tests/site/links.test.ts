import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SUBPATH_BASE, SUBPATH_DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, parsePage } from '../helpers/html.ts';
import { findBrokenLinks } from '../helpers/links.ts';
import { SITEMAP_INDEX } from '../../src/integrations/sitemap.ts';
import { routes } from '../../src/lib/routes.ts';

describe('links and assets', () => {
  it('resolve to files of the build at the root', () => {
    requireBuild(DIST);
    expect(findBrokenLinks(DIST, '/')).toEqual([]);
  });

  it('resolve to files of the build under a sub-path', () => {
    requireBuild(SUBPATH_DIST);
    expect(findBrokenLinks(SUBPATH_DIST, SUBPATH_BASE)).toEqual([]);
  });

  it('never escape the sub-path', () => {
    for (const page of htmlPages(SUBPATH_DIST)) {
      const html = readPage(SUBPATH_DIST, page);
      const rootLinks = parsePage(html)
        .selectAll('[href], [src], [action]')
        .flatMap((element) => ['href', 'src', 'action'].map((name) => attr(element, name) ?? ''))
        .filter((target) => target.startsWith('/') && !target.startsWith(SUBPATH_BASE));
      expect(rootLinks, page).toEqual([]);
    }
  });

  it('the broken-link finder does find a broken link (guards the two tests above)', () => {
    const html = readPage(DIST, '/');
    expect(parsePage(html).select('a[href="/fiches/"]')).toBeDefined();
    expect(findBrokenLinks(DIST, '/nowhere/').length).toBeGreaterThan(0);
  });
});

describe('hosting with SITE_URL and BASE_PATH', () => {
  it('writes a sitemap with absolute URLs of every page under the sub-path', () => {
    // The sitemap is XML, not HTML: its <loc> elements hold nothing but a URL, read as text.
    const index = readFileSync(join(SUBPATH_DIST, SITEMAP_INDEX), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(SUBPATH_BASE.length));
    expect(parts.length).toBeGreaterThan(0);
    const locs = parts.flatMap((part) => [...readFileSync(join(SUBPATH_DIST, part), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    // The 404 page and the offline notice stand in for another address: not in the sitemap.
    const pages = htmlPages(SUBPATH_DIST).filter((p) => p !== '/404.html' && p !== routes.reseauAbsent());
    expect(locs.length).toBe(pages.length);
    expect(locs).not.toContain(`https://kit.exemple.org${SUBPATH_BASE}hors-ligne/reseau-absent/`);
    for (const loc of locs) expect(loc.startsWith(`https://kit.exemple.org${SUBPATH_BASE}`)).toBe(true);
    expect(locs).toContain(`https://kit.exemple.org${SUBPATH_BASE}fiches/animer-une-reunion/`);
  });

  it('writes robots.txt pointing to the sitemap', () => {
    const robots = readFileSync(join(SUBPATH_DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: https://kit.exemple.org${SUBPATH_BASE}${SITEMAP_INDEX}`);
  });

  it('gives every page its canonical URL', () => {
    const html = readPage(SUBPATH_DIST, '/fiches/animer-une-reunion/');
    const canonical = parsePage(html).select('link[rel="canonical"]');
    expect(canonical && attr(canonical, 'href')).toBe(`https://kit.exemple.org${SUBPATH_BASE}fiches/animer-une-reunion/`);
  });
});
