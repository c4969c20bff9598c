/**
 * The Atom feed of what is new in the kit (RFC 4287), written as text with every value escaped.
 *
 * Ids never depend on where the site is hosted: an entry keeps its id when the site moves, so a
 * feed reader does not show it again. They are name-based UUIDs (RFC 9562, version 5) of the
 * entry's stable `id` in content/nouveautes.yaml.
 * Links are absolute when the site's address is known (SITE_URL). Without it, they are
 * root-relative references, which RFC 4287 allows and readers resolve against the feed's own
 * address: the feed stays valid and usable wherever it is served.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './html-escape.ts';

export interface FeedEntry {
  id: string;
  /** `AAAA-MM-JJ`. */
  date: string;
  title: string;
  text: string;
  /** Address of the entry on the site (the /nouveautes/ page, at its anchor). */
  link: string;
  /** Pages the change touched. */
  related: { title: string; link: string }[];
}

export interface Feed {
  title: string;
  subtitle: string;
  author: string;
  /** Address of the feed itself, and of the page it mirrors. */
  self: string;
  page: string;
  entries: FeedEntry[];
}

/** The kit's own namespace for feed ids, chosen once: changing it would change every id. */
const NAMESPACE = 'a7b3e1c2-5d4f-4e8a-9b6c-0f1e2d3c4b5a';

/** Version 5 UUID of `name` in the kit's namespace. */
export function entryUuid(name: string): string {
  const namespace = Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A day of content as an Atom date: midnight UTC, so that it is the same day everywhere it is read. */
const atomDate = (day: string) => `${day}T00:00:00Z`;
const x = escapeHtml;

export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((e) => e.date).sort().at(-1);
  const entries = feed.entries.map((entry) => {
    const related = entry.related.map((r) => `    <link rel="related" href="${x(r.link)}" title="${x(r.title)}"/>`);
    return [
      '  <entry>',
      `    <id>urn:uuid:${entryUuid(`nouveautes/${entry.id}`)}</id>`,
      `    <title>${x(entry.title)}</title>`,
      `    <updated>${atomDate(entry.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.link)}"/>`,
      ...related,
      `    <content type="text">${x(entry.text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>urn:uuid:${entryUuid('nouveautes')}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.subtitle)}</subtitle>`,
    // An empty list still needs a date: the epoch says « nothing yet » without inventing one.
    `  <updated>${atomDate(updated ?? '1970-01-01')}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
