/** The built /nouveautes/ page and its Atom feed, linked from every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes, withBase } from '../../src/lib/routes.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { realKit } from '../helpers/real-kit.ts';
import { childElements, parseXml } from '../helpers/xml.ts';

requireBuild(DIST);
const ATOM = 'http://www.w3.org/2005/Atom';
const kit = realKit();

describe('/nouveautes.xml', () => {
  const text = readFileSync(join(DIST, 'nouveautes.xml'), 'utf8');
  const feed = parseXml(text).documentElement!;
  const entries = childElements(feed, ATOM, 'entry');

  it('is a well-formed Atom feed with its id, updated date and links', () => {
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(childElements(feed, ATOM, 'id')[0]?.textContent).toMatch(/^urn:uuid:/);
    const newest = kit.nouveautes.map((n) => n.date).sort().at(-1);
    expect(childElements(feed, ATOM, 'updated')[0]?.textContent).toBe(`${newest}T00:00:00Z`);
    const links = childElements(feed, ATOM, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toContainEqual(['self', routes.nouveautesFeed()]);
    expect(links).toContainEqual(['alternate', routes.nouveautes()]);
  });

  it('has one entry per item of content/nouveautes.yaml, each with id, title, updated and link', () => {
    expect(entries.map((e) => childElements(e, ATOM, 'title')[0]?.textContent)).toEqual(kit.nouveautes.map((n) => n.titre));
    const ids = entries.map((e) => childElements(e, ATOM, 'id')[0]?.textContent);
    expect(new Set(ids).size).toBe(entries.length);
    entries.forEach((entry, index) => {
      expect(childElements(entry, ATOM, 'updated')[0]?.textContent).toBe(`${kit.nouveautes[index]!.date}T00:00:00Z`);
      expect(childElements(entry, ATOM, 'link')[0]?.getAttribute('href')).toBe(routes.nouveaute(kit.nouveautes[index]!.id));
    });
  });
});

describe('/nouveautes/', () => {
  const html = readPage(DIST, routes.nouveautes());

  it('shows every entry with its date, at its anchor', () => {
    for (const entry of kit.nouveautes) {
      expect(html).toContain(`id="${entry.id}"`);
      expect(html).toContain(`<time datetime="${entry.date}"`);
    }
  });

  it('is linked from the home page and from the footer of every page, which all announce the feed', () => {
    expect(readPage(DIST, '/')).toMatch(new RegExp(`<h2 id="nouveautes"[^>]*><a href="${routes.nouveautes()}"`));
    for (const page of htmlPages(DIST).filter((p) => !p.startsWith('/hors-ligne/') && p !== '/404.html')) {
      const text = readPage(DIST, page);
      expect(text, page).toContain(`<link rel="alternate" type="application/atom+xml" title="Nouveautés du Kit de la participation citoyenne" href="${routes.nouveautesFeed()}">`);
      expect(text, page).toMatch(/<footer[\s\S]*href="\/nouveautes\/"/);
    }
  });

  it('announces the feed under the sub-path too', () => {
    requireBuild(SUBPATH_DIST);
    expect(readPage(SUBPATH_DIST, routes.nouveautes())).toContain(`type="application/atom+xml" title="Nouveautés du Kit de la participation citoyenne" href="${withBase(SUBPATH_BASE, routes.nouveautesFeed())}"`);
  });
});
