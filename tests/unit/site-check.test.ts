import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toKitJson } from '../../src/lib/kit-json.ts';
import { contentDatesFrom } from '../../src/lib/content-dates.ts';
import { routes } from '../../src/lib/routes.ts';
import { checkSite, expectedEditableDocuments, expectedPdfs } from '../../src/lib/site/check.ts';
import { checkBuiltSite, SiteCheckError } from '../../scripts/steps/check-site.ts';
import { normaliseBase } from '../../src/lib/hosting.ts';
import { realKit } from '../helpers/real-kit.ts';

const kitJson = toKitJson(realKit(), (path) => path, contentDatesFrom({}));
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A small build: a home page linking to a fiche, its PDF and an anchor; every PDF; the real kit.json. */
function fakeBuild(base = '/'): string {
  const root = mkdtempSync(join(tmpdir(), 'kit-site-check-'));
  roots.push(root);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const fiche = kitJson.fiches[0]!;
  const at = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  write('index.html', `<a href="${at(routes.fiche(fiche.id))}">fiche</a> <a href="${at(routes.pdfFiche(fiche.id))}">PDF</a> <a href="${at(routes.glossaire())}#participation">terme</a> <a href="https://example.org/">dehors</a>`);
  write(`fiches/${fiche.id}/index.html`, `<h1>${fiche.titre}</h1>`);
  write('glossaire/index.html', '<dt id="participation">participation</dt>');
  write('donnees/kit.json', JSON.stringify(kitJson));
  write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.5.2', languages: { fr: { hash: 'fr_1', wasm: 'fr', page_count: 3 } } }));
  for (const pdf of expectedPdfs(kitJson)) write(pdf.slice(1), '%PDF-1.7');
  for (const document of expectedEditableDocuments(kitJson)) write(document.slice(1), 'PK');
  return root;
}

describe('the final check of a build', () => {
  it('accepts a build whose links, PDFs and kit.json hold together, and counts what it checked', () => {
    const result = checkSite({ root: fakeBuild(), base: '/', pdf: true });
    expect(result.problems).toEqual([]);
    expect(result.links).toBe(3);
    expect(result.pdfs).toBe(kitJson.fiches.length + kitJson.outils.length + kitJson.parcours.length + 1);
    expect(result.editable).toBe(2 * (kitJson.fiches.length + kitJson.outils.length + kitJson.parcours.length + 1));
  });

  it('reports a missing ODT or DOCX by its path, with or without PDFs', () => {
    const root = fakeBuild();
    const outil = kitJson.outils[1]!;
    unlinkSync(join(root, 'pdf', 'outils', `${outil.id}.docx`));
    for (const pdf of [true, false]) {
      expect(checkSite({ root, base: '/', pdf }).problems).toEqual([
        { file: `pdf/outils/${outil.id}.docx`, message: expect.stringContaining('document modifiable (ODT ou DOCX) attendu absent') },
      ]);
    }
  });

  it('names the page and the target of a link to a page that was not built', () => {
    const root = fakeBuild();
    const fiche = kitJson.fiches[0]!;
    rmSync(join(root, 'fiches'), { recursive: true });
    expect(checkSite({ root, base: '/', pdf: true }).problems).toEqual([
      { file: 'index.html', message: expect.stringMatching(new RegExp(`^lien cassé vers « /fiches/${fiche.id}/ »`)) },
    ]);
  });

  it('finds a link to an anchor that the target page lacks', () => {
    const root = fakeBuild();
    writeFileSync(join(root, 'glossaire', 'index.html'), '<dt id="autre">autre</dt>');
    expect(checkSite({ root, base: '/', pdf: true }).problems.map((p) => p.message)).toEqual([expect.stringContaining('« /glossaire/#participation »')]);
  });

  it('reports a missing PDF by its path, and only when the build makes PDFs', () => {
    const root = fakeBuild();
    const outil = kitJson.outils[2]!;
    unlinkSync(join(root, 'pdf', 'outils', `${outil.id}.pdf`));
    expect(checkSite({ root, base: '/', pdf: true }).problems).toEqual([
      { file: `pdf/outils/${outil.id}.pdf`, message: 'PDF attendu absent : la construction des PDF ne l’a pas produit' },
    ]);
    // With PDF=0 the pages carry no PDF link, so here only the home page's own link to a PDF is left to check.
    for (const name of readdirSync(join(root, 'pdf'), { recursive: true }).map(String)) if (name.endsWith('.pdf')) unlinkSync(join(root, 'pdf', name));
    expect(checkSite({ root, base: '/', pdf: false }).problems.map((p) => p.file)).toEqual(['index.html']);
  });

  it('refuses a kit.json that does not match its schema, naming the field', () => {
    const root = fakeBuild();
    const broken = structuredClone(kitJson) as { fiches: { rubriques: unknown[] }[] };
    broken.fiches[1]!.rubriques.pop();
    writeFileSync(join(root, 'donnees', 'kit.json'), JSON.stringify(broken));
    const problems = checkSite({ root, base: '/', pdf: true }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'donnees/kit.json', message: expect.stringMatching(/^champ « fiches\[2\]\.rubriques » : .+ \(attendu par kit\.schema\.json\)$/) });
  });

  it('refuses a kit.json that is not JSON, or absent', () => {
    const root = fakeBuild();
    writeFileSync(join(root, 'donnees', 'kit.json'), '{ "format": 1,');
    expect(checkSite({ root, base: '/', pdf: false }).problems[0]?.message).toMatch(/^JSON illisible/);
    unlinkSync(join(root, 'donnees', 'kit.json'));
    expect(checkSite({ root, base: '/', pdf: false }).problems[0]?.message).toMatch(/^fichier absent/);
  });

  it('refuses a search index whose entry file is truncated, lacks French, or is absent', () => {
    const root = fakeBuild();
    const entry = join(root, 'pagefind', 'pagefind-entry.json');
    writeFileSync(entry, '');
    expect(checkSite({ root, base: '/', pdf: true }).problems).toEqual([{ file: 'pagefind/pagefind-entry.json', message: 'index de recherche illisible (JSON incomplet) : relancez la construction' }]);
    writeFileSync(entry, JSON.stringify({ languages: { en: {} } }));
    expect(checkSite({ root, base: '/', pdf: true }).problems.map((p) => p.message)).toEqual(["l'index de recherche ne contient pas le français (« languages.fr » attendu)"]);
    unlinkSync(entry);
    expect(checkSite({ root, base: '/', pdf: true }).problems.map((p) => p.message)).toEqual(["index de recherche absent : l'étape pagefind ne l'a pas écrit"]);
  });

  it('under a sub-path, flags a link that escapes it', () => {
    const root = fakeBuild('/kit/');
    expect(checkSite({ root, base: '/kit/', pdf: true }).problems).toEqual([]);
    writeFileSync(join(root, 'index.html'), '<a href="/fiches/">hors du sous-chemin</a>');
    expect(checkSite({ root, base: '/kit/', pdf: false }).problems.map((p) => p.message)).toEqual([expect.stringContaining('« /fiches/ »')]);
  });

  it('stops the build step with every problem in French, one per line', () => {
    const root = fakeBuild();
    rmSync(join(root, 'glossaire'), { recursive: true });
    unlinkSync(join(root, 'pdf', 'kit-participation-citoyenne.pdf'));
    expect(() => checkBuiltSite(root, { base: '/', pdf: true })).toThrow(SiteCheckError);
    expect(() => checkBuiltSite(root, { base: '/', pdf: true })).toThrow(
      /^2 problèmes empêchent de publier le kit :\n {2}index\.html — lien cassé vers « \/glossaire\/#participation ».*\n {2}pdf\/kit-participation-citoyenne\.pdf — PDF attendu absent/,
    );
    expect(checkBuiltSite(fakeBuild(), { base: '/', pdf: true })).toMatch(/^3 liens et ressources internes vérifiés, \d+ PDF présents, \d+ documents modifiables présents, kit\.json conforme à son schéma$/);
  });

  it('reads Astro’s base the way links start with it', () => {
    expect([undefined, '', '/', 'kit-participation', '/kit-participation', '/kit-participation/'].map(normaliseBase)).toEqual(['/', '/', '/', '/kit-participation/', '/kit-participation/', '/kit-participation/']);
  });
});
