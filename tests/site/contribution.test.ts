/**
 * Every content page of the build offers « Proposer une modification » and « Signaler un
 * problème » for its own source file; /contribuer/ explains both and works without JavaScript.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES } from '../../src/lib/content/files.ts';
import { contributionLinks, parseRepository } from '../../src/lib/contribution/repository.ts';
import { routes, withBase } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild, SUBPATH_BASE, SUBPATH_DIST } from '../helpers/dist.ts';
import { attr, headingsOf, parsePage, text, textContent } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';
import { phaseLabel } from '../../src/ui/phase-label.ts';

requireBuild(DIST);
/** The sub-path build: npm test makes it in .tmp/dist-subpath; TEST_SUBPATH_DIST points to another. */
const SUBPATH = process.env.TEST_SUBPATH_DIST ? join(process.cwd(), process.env.TEST_SUBPATH_DIST) : SUBPATH_DIST;
const kit = realKit();
/** The build under test was made with the same environment as this test run. */
const repository = parseRepository(process.env.REPOSITORY_URL, process.env.REPOSITORY_BRANCH);

/** The contribution block of a page: its two links (href, rel) and the source file it names. */
function contributionBlock(html: string) {
  const page = parsePage(html);
  const nav = page.select('nav.edit-links[aria-label="Contribuer à cette page"]');
  if (!nav) return undefined;
  const links = page.selectAll('a', nav).map((a) => ({ label: text(a), href: attr(a, 'href') ?? '', rel: attr(a, 'rel') }));
  const code = page.select('code', nav);
  return { links, file: code ? text(code) : '' };
}

const contentPages: { path: string; file: string; title: string }[] = [
  ...kit.fiches.map((f) => ({ path: routes.fiche(f.id), file: f.file, title: `Fiche ${f.data.numero} : ${f.data.titre}` })),
  ...kit.outils.map((o) => ({ path: routes.outil(o.id), file: o.file, title: o.data.titre })),
  ...kit.experiences.map((e) => ({ path: routes.experience(e.id), file: e.file, title: e.data.titre })),
  ...kit.obstacles.map((o) => ({ path: routes.obstacle(o.id), file: CONTENT_FILES.obstacles, title: o.libelle })),
  ...kit.phases.map((p) => ({ path: routes.phase(p.id), file: CONTENT_FILES.phases, title: phaseLabel(p) })),
  { path: routes.glossaire(), file: CONTENT_FILES.glossaire, title: 'Glossaire' },
  { path: routes.bibliographie(), file: CONTENT_FILES.references, title: 'Bibliographie' },
];

describe('contribution links on content pages', () => {
  it('covers every kind of content page', () => {
    expect(contentPages.length).toBe(kit.fiches.length + kit.outils.length + kit.experiences.length + kit.obstacles.length + kit.phases.length + 2);
    expect(contentPages.filter((p) => p.file.startsWith('content/fiches/')).map((p) => p.file)).toContain('content/fiches/07-animer-une-reunion.mdx');
  });

  it.each(contentPages.map((p) => [p.path, p] as const))('%s links to its own source file', (_path, page) => {
    const block = contributionBlock(readPage(DIST, page.path));
    expect(block, page.path).toBeDefined();
    expect(block!.file).toBe(page.file);
    const expected = contributionLinks(repository, { title: page.title, page: page.path, file: page.file });
    const asBuilt = (link: { href: string; external: boolean }) => (link.external ? link.href : withBase('/', link.href));
    expect(block!.links).toEqual([
      { label: 'Proposer une modification', href: asBuilt(expected.edit), rel: expected.edit.external ? 'noopener noreferrer' : undefined },
      { label: 'Signaler un problème', href: asBuilt(expected.report), rel: expected.report.external ? 'noopener noreferrer' : undefined },
    ]);
  });

  it('is not shown on pages that are not made from one content file', () => {
    for (const path of [routes.home(), routes.fiches(), routes.contribuer(), routes.aPropos()]) {
      expect(contributionBlock(readPage(DIST, path)), path).toBeUndefined();
    }
  });

  it('keeps the sub-path in the links of a build hosted under one', () => {
    requireBuild(SUBPATH);
    const block = contributionBlock(readPage(SUBPATH, routes.fiche('animer-une-reunion')));
    if (!repository) expect(block!.links.map((l) => l.href)).toEqual([`${SUBPATH_BASE}contribuer/#proposer-une-modification`, `${SUBPATH_BASE}contribuer/#signaler-un-probleme`]);
    else expect(block!.links[0]!.href).toBe(`${repository.url}/edit/${repository.branch}/content/fiches/07-animer-une-reunion.mdx`);
  });
});

describe('/contribuer/', () => {
  const html = readPage(DIST, routes.contribuer());
  const page = parsePage(html);

  it('explains how to propose a change, report a problem and share an experience, at the anchors the links use', () => {
    for (const anchor of ['proposer-une-modification', 'signaler-un-probleme', 'partager-une-experience']) {
      expect(page.select(`h2[id="${anchor}"]`), anchor).toBeDefined();
    }
    expect(headingsOf(html, 'h2')).toEqual(
      expect.arrayContaining(['Proposer une modification', 'Signaler un problème', "Partager un retour d'expérience", "Les règles d'écriture", 'Ce que regarde la relecture', 'Licences']),
    );
  });

  it('shows, without JavaScript, the template of an experience to copy', () => {
    const code = page.select('pre.template-copy > code');
    const template = code ? textContent(code) : '';
    expect(template).toMatch(/^---\ntitre: "À REMPLIR : le titre de votre expérience"\n/);
    for (const heading of ['Le contexte', 'Ce qui a été mis en place', 'Ce que cela change', 'Points de vigilance', 'Pour aller plus loin']) {
      expect(template).toContain(`\n## ${heading}\n`);
    }
  });

  it('renders the form in the HTML, each fiche and reference a box, for React to take over on the first touch', () => {
    const island = page.select('astro-island[component-url*="ExperienceForm"]');
    expect(island).toBeDefined();
    expect(attr(island!, 'client')).toBe('interaction');
    const props = attr(island!, 'props') ?? '';
    for (const fiche of kit.fiches) expect(props).toContain(fiche.id);
    for (const reference of kit.references) expect(props).toContain(reference.id);
    // The server's form is the one the reader starts typing in, before React is there.
    const boxes = (list: string) => page.selectAll(`astro-island form input[type="checkbox"][name="${list}"]`).map((box) => attr(box, 'value'));
    expect(new Set(boxes('fiches'))).toEqual(new Set(kit.fiches.map((fiche) => fiche.id)));
    expect(new Set(boxes('references'))).toEqual(new Set(kit.references.map((reference) => reference.id)));
    expect(page.select('astro-island form input[name="titre"]')).toBeDefined();
  });
});
