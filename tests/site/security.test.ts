import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonForScript } from '../../src/lib/html-escape.ts';
import { routes } from '../../src/lib/routes.ts';
import { buildVocabulary } from '../../src/lib/search/vocabulary.ts';
import { cspHash, cspMetas, cspProblems, inlineScripts, parseCsp, refusedMarkup } from '../helpers/csp.ts';
import { DIST, SUBPATH_DIST, htmlPages, listFiles, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, inlineJson, inlineJsonProblems, openingTag, parsePage, withSearchVocabulary } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const TEXT_FILES = listFiles(DIST).filter((file) => /\.(html|js|mjs|css|json|xml|txt|svg)$/.test(file));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** Local paths and credentials that must never reach a public build. */
const LEAKS: [string, RegExp][] = [
  ['chemin local', new RegExp(`${process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|/home/[a-z]|/root/|/Users/[A-Za-z]|file:///|[A-Z]:\\\\(Users|work)`)],
  ['clé privée', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['jeton GitHub', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['jeton npm', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['clé AWS', /\bAKIA[0-9A-Z]{16}\b/],
  ['jeton Slack', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
];

function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe('a build safe to publish', () => {
  it('holds no local path or secret', () => {
    const found = TEXT_FILES.flatMap((file) => leaksIn(read(file)).map((leak) => `${file}: ${leak}`));
    expect(found).toEqual([]);
  });

  it('the leak finder does find a planted path and token (guards the test above)', () => {
    expect(leaksIn(`chargé depuis ${process.cwd()}/src/pages/index.astro`)).toEqual(['chemin local']);
    expect(leaksIn('token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toEqual(['jeton GitHub']);
    expect(leaksIn('Voir https://www.legifrance.gouv.fr/')).toEqual([]);
  });

  it('opens every outside link with rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const file of TEXT_FILES.filter((f) => f.endsWith('.html'))) {
      for (const link of parsePage(read(file)).selectAll('a[href]')) {
        if (!/^(?:https?:)?\/\//i.test(attr(link, 'href')!.trim())) continue;
        const rel = attr(link, 'rel')?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${file}: ${openingTag(link)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('JSON written inside the pages', () => {
  const searchPage = readPage(DIST, routes.recherche());
  const withVocabulary = (json: string) => withSearchVocabulary(searchPage, json);

  it('parses, and holds no character the HTML parser would read, on every page', () => {
    // The filters' vocabulary, then the hints shown when a query finds nothing.
    expect(inlineJson(searchPage)).toHaveLength(2);
    const problems = htmlPages(DIST).flatMap((path) => inlineJsonProblems(readPage(DIST, path)).map((problem) => `${path} : ${problem}`));
    expect(problems).toEqual([]);
  });

  it('gives the search page the whole vocabulary of the kit', () => {
    const kit = realKit();
    expect(JSON.parse(inlineJson(searchPage)[0]!)).toEqual(buildVocabulary(kit.phases, kit.obstacles));
  });

  it('finds a label that would end the script if written without escaping (guards the tests above)', () => {
    const hostile = { ...buildVocabulary([], [{ id: 'piege', libelle: '</script><script>location.href="https://exemple.org/"</script>' }]) };
    expect(inlineJsonProblems(withVocabulary(JSON.stringify(hostile)))).toEqual([expect.stringMatching(/^JSON illisible : \{"type":/)]);
    expect(inlineJsonProblems(withVocabulary(JSON.stringify({ a: 'x < y' })))).toEqual(['caractère « < » non échappé']);
    expect(inlineJsonProblems(withVocabulary(jsonForScript(hostile)))).toEqual([]);
  });
});

describe.each([
  ['à la racine', DIST],
  ['sous un sous-chemin', SUBPATH_DIST],
])('the Content-Security-Policy of every page, %s', (_, dir) => {
  requireBuild(dir);
  const pages = htmlPages(dir).map((path) => ({ path, html: readPage(dir, path) }));
  const policyOf = (html: string) => parseCsp(cspMetas(html)[0] ?? '').policy;

  it('is strict, first in <head> and hashes every inline script and style', () => {
    expect(pages.length).toBeGreaterThan(50);
    const problems = pages.flatMap(({ path, html }) => cspProblems(html).map((problem) => `${path} : ${problem}`));
    expect(problems).toEqual([]);
  });

  it('leaves nothing in the pages that the policy would refuse (inline handlers and styles, javascript: links)', () => {
    expect(pages.flatMap(({ path, html }) => refusedMarkup(html).map((tag) => `${path} : ${tag}`))).toEqual([]);
  });

  it('loads every script from the site itself', () => {
    const outside = pages.flatMap(({ path, html }) =>
      parsePage(html)
        .selectAll('script[src]')
        .map((script) => attr(script, 'src')!)
        .filter((src) => !src.startsWith('/') || src.startsWith('//'))
        .map((src) => `${path} : ${src}`),
    );
    expect(outside).toEqual([]);
  });

  it('grants WebAssembly to the search page only, which Pagefind needs, and data: images to none', () => {
    for (const { path, html } of pages) {
      const policy = policyOf(html);
      const search = path.endsWith(routes.recherche());
      expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'"), path).toBe(search);
      expect(policy.get('img-src'), path).toEqual(["'self'"]);
    }
  });
});

describe('the CSP check itself (guards the tests above)', () => {
  const page = readPage(DIST, routes.fiches());

  it('hashes as browsers do', () => {
    // The example of the CSP specification.
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('finds an inline script without hash, an unsafe source, a misplaced or missing policy', () => {
    expect(inlineScripts(page).length).toBeGreaterThan(0);
    expect(cspProblems(page)).toEqual([]);
    expect(cspProblems(page.replace('</body>', '<script>alert(1)</script></body>'))).toEqual(['script en ligne sans empreinte dans la CSP : alert(1)']);
    expect(cspProblems(page.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual(["script-src autorise 'unsafe-inline'"]);
    expect(cspProblems(page.replace("object-src 'none'", "object-src 'self'"))).toEqual(["object-src vaut « 'self' » au lieu de « 'none' »"]);
    // Mutations write a made-to-fail page as text, as a faulty build would; the checks then parse it.
    const meta = cspMetas(page)[0]!;
    const moved = page.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '').replace('</head>', `<meta http-equiv="content-security-policy" content="${meta}"></head>`);
    expect(cspProblems(moved)).toEqual(["la CSP n'est pas juste après <meta charset> en tête de <head>"]);
    expect(cspProblems(page.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''))).toEqual(["0 balises CSP au lieu d'une"]);
  });

  it('ignores scripts the browser does not run, and finds refused markup', () => {
    expect(inlineScripts('<script type="application/json">{}</script><script type="text/pagefind-template"><li></li></script><script src="/a.js"></script>')).toEqual([]);
    expect(inlineScripts('<script type="module">a()</script><script>b()</script>')).toEqual(['a()', 'b()']);
    expect(refusedMarkup('<p style="color:red">x</p><button onclick="go()">y</button><a href="javascript:void 0">z</a>')).toHaveLength(3);
    expect(refusedMarkup(page)).toEqual([]);
  });
});
