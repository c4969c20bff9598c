import { describe, expect, it } from 'vitest';
import { atomFeed, entryUuid, type Feed } from '../../src/lib/atom-feed.ts';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { childElements, parseXml } from '../helpers/xml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const feed: Feed = {
  title: 'Nouveautés & <essais>',
  subtitle: 'Ce qui change',
  author: 'Kit',
  self: 'https://kit.exemple.org/nouveautes.xml',
  page: 'https://kit.exemple.org/nouveautes/',
  entries: [
    { id: 'b', date: '2026-01-05', title: 'Un titre avec « </title><script> »', text: "L'outil & la fiche", link: 'https://kit.exemple.org/nouveautes/#b', related: [{ title: 'Fiche 1. A', link: 'https://kit.exemple.org/fiches/a/' }] },
    { id: 'a', date: '2025-11-30', title: 'Plus ancien', text: 'Texte', link: 'https://kit.exemple.org/nouveautes/#a', related: [] },
  ],
};

describe('Atom feed', () => {
  const doc = parseXml(atomFeed(feed));
  const root = doc.documentElement!;
  const child = (el: XmlElement, name: string) => childElements(el, ATOM, name);

  it('is well-formed Atom with a feed id, title, updated, author and self link', () => {
    expect(root.localName).toBe('feed');
    expect(root.namespaceURI).toBe(ATOM);
    expect(child(root, 'id')[0]!.textContent).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(child(root, 'title')[0]!.textContent).toBe('Nouveautés & <essais>');
    expect(child(root, 'updated')[0]!.textContent).toBe('2026-01-05T00:00:00Z');
    expect(child(child(root, 'author')[0]!, 'name')[0]!.textContent).toBe('Kit');
    const self = child(root, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(feed.self);
  });

  it('gives each entry its own stable id, its date, its link and its text, escaped', () => {
    const entries = child(root, 'entry');
    expect(entries).toHaveLength(2);
    const ids = entries.map((e) => child(e, 'id')[0]!.textContent);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(`urn:uuid:${entryUuid('nouveautes/b')}`);
    expect(child(entries[0]!, 'title')[0]!.textContent).toBe(feed.entries[0]!.title);
    expect(child(entries[0]!, 'content')[0]!.textContent).toBe("L'outil & la fiche");
    expect(child(entries[0]!, 'updated')[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(child(entries[0]!, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([
      ['alternate', 'https://kit.exemple.org/nouveautes/#b'],
      ['related', 'https://kit.exemple.org/fiches/a/'],
    ]);
  });

  it('makes version 5 UUIDs that depend only on the name', () => {
    expect(entryUuid('nouveautes/b')).toBe(entryUuid('nouveautes/b'));
    expect(entryUuid('nouveautes/b')).not.toBe(entryUuid('nouveautes/a'));
    expect(entryUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('the parser refuses markup that is not well-formed (guards the tests above)', () => {
    expect(() => parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><title>a & b</title></feed>')).toThrow();
  });
});
