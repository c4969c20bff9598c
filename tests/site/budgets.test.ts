/**
 * Budgets of the built site, in sizes, never in times (times depend on the machine): what each
 * page makes the browser download, that nothing comes from another site, that images keep their
 * place. Each check is a function of the page's text, and each has a guard that feeds it a page
 * made to fail, so that a budget which could no longer fail would show.
 */
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../src/lib/routes.ts';
import { DIST, htmlPages, listFiles, readPage, requireBuild } from '../helpers/dist.ts';
import { declaredEnhancements, fontDisplays, hasIsland, preloadedFonts, imagesWithoutSize, outsideCssReferences, outsideImports, outsideResources, undeclaredScripts } from '../helpers/page-checks.ts';
import { KB, filesBeforeInteraction, gzipSize, pageHtmlCssGzip, pageJavaScript, siteReader, type SiteReader } from '../helpers/page-weight.ts';
import { realKit } from '../helpers/real-kit.ts';
import { moduleGraph } from '../../src/lib/bench/assets.ts';

requireBuild(DIST);
const kit = realKit();
const readSite = siteReader(DIST);
const pages = htmlPages(DIST).map((path) => ({ path, html: readPage(DIST, path) }));
const fichePaths = kit.fiches.map((fiche) => routes.fiche(fiche.id));

/** What the registration script of every page may weigh (issue « Hors ligne »): it is all a plain page ships. */
const REGISTRATION_JS = 2 * KB;
/**
 * The issue « Qualité mesurée »: a fiche is React and its checklist, nothing another island
 * needs (80 KB); plus, since the issue « Hors ligne », the registration script every page carries.
 */
const FICHE_JS = 80 * KB + REGISTRATION_JS;
const FICHE_HTML_CSS = 40 * KB;
/**
 * Issue 14: before the reader acts, a fiche runs only inline script: Astro's island loader, the
 * `client:interaction` directive that paints saved ticks, the registration script, the print button.
 */
const FICHE_INLINE_JS = 4 * KB;
/**
 * Issue 14: the search page, before the reader reaches for the search, runs its start script and
 * the registration script; its engine loads on the first touch.
 */
const SEARCH_START_JS = 4 * KB;
/**
 * Issue 14: the page's own engine code, once the reader reaches for it (Pagefind's `pagefind.js`
 * and worker aside). Pagefind's components weighed 43 KB and kept a phone busy for 300 ms.
 */
const SEARCH_ENGINE_JS = 10 * KB;
/** The files of the search engine a page loads at once: the page's engine chunk, Pagefind, its components. */
const searchEngineFiles = (html: string, read: SiteReader) =>
  pageJavaScript(html, read).files.filter((file) => /search-page|pagefind/.test(file) || read(file)?.includes('customElements.define("pagefind-'));
/**
 * Not the figures: the other pages with islands, at their size when the budgets were set
 * plus a little, so that a regression shows. The experience form carries zod's classic API.
 */
const OTHER_ISLAND_PAGES_JS: Record<string, number> = {
  [routes.autoevaluation()]: 86 * KB,
  ...Object.fromEntries(kit.selfAssessments.map((q) => [routes.questionnaire(q.id), 86 * KB])),
  ...Object.fromEntries(kit.quizzes.map((q) => [routes.questionnaire(q.id), 86 * KB])),
  [routes.monSuivi()]: 86 * KB,
  // A parcours is React and its steps' island, like a fiche and its checklist.
  ...Object.fromEntries(kit.parcours.map((p) => [routes.parcours(p.id), FICHE_JS])),
  [routes.contribuer()]: 105 * KB,
};

/**
 * Scripts on pages without islands, each declared by `data-enhance` on the element it improves.
 * Which pages carry each is written out from the kit, so that a new script anywhere fails.
 */
const ENHANCEMENTS: Record<string, string[]> = {
  print: [...fichePaths, ...kit.outils.map((outil) => routes.outil(outil.id)), ...kit.parcours.map((p) => routes.parcours(p.id))],
  filter: [routes.fiches()],
  search: [routes.recherche()],
  // The service worker's registration and its update notice: on every page, to read the kit offline.
  offline: pages.map(({ path }) => path),
  'offline-save': [routes.horsLigne()],
  copy: [routes.bibliographie()],
};


/** Random text carrying `bytes` bytes of entropy: gzip cannot make it smaller than that. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');
const fakeSite =
  (files: Record<string, string>): SiteReader =>
  (path) =>
    files[path];

describe('size budgets of the built site (gzip, 1 KB = 1,024 bytes)', () => {
  it(`every fiche ships at most ${FICHE_JS / KB} KB of JavaScript`, () => {
    for (const path of fichePaths) {
      const { gzip, files } = pageJavaScript(readPage(DIST, path), readSite);
      // React alone is ~66 KB: less would mean the measure missed the island's files.
      expect(gzip, path).toBeGreaterThan(60 * KB);
      expect(gzip, `${path} : ${(gzip / KB).toFixed(1)} KB (${files.join(', ')})`).toBeLessThanOrEqual(FICHE_JS);
    }
  });

  it(`a fiche asks for no JavaScript file before the reader acts: at most ${FICHE_INLINE_JS / KB} KB of inline script`, () => {
    for (const path of fichePaths) {
      const html = readPage(DIST, path);
      expect(filesBeforeInteraction(html), path).toEqual([]);
      // The island is still there, waiting: React loads on the first touch or key.
      expect(html, path).toMatch(/<astro-island\b[^>]*\sclient="interaction"/);
      const inline = gzipSize(pageJavaScript(html, readSite).inline.join('\n'));
      expect(inline, `${path} : ${(inline / KB).toFixed(2)} KB`).toBeLessThanOrEqual(FICHE_INLINE_JS);
    }
  });

  it('a self-assessment, a quiz, the diagnostic, « Mon suivi » and the experience form ask for no JavaScript file before the reader acts', () => {
    const questionnaires = [...kit.selfAssessments, ...kit.quizzes].map((q) => routes.questionnaire(q.id)).concat(routes.autoevaluation(), routes.monSuivi(), routes.contribuer());
    expect(questionnaires.length).toBeGreaterThan(5);
    for (const path of questionnaires) {
      const html = readPage(DIST, path);
      expect(filesBeforeInteraction(html), path).toEqual([]);
      expect(html, path).toMatch(/<astro-island\b[^>]*\sclient="interaction"/);
    }
  });

  it(`the search page starts with at most ${SEARCH_START_JS / KB} KB of JavaScript: Pagefind and the page's engine wait for the reader`, () => {
    const html = readPage(DIST, routes.recherche());
    const { gzip, files } = pageJavaScript(html, readSite);
    expect(searchEngineFiles(html, readSite), files.join(', ')).toEqual([]);
    expect(gzip, `${(gzip / KB).toFixed(1)} KB (${files.join(', ')})`).toBeLessThanOrEqual(SEARCH_START_JS);
    // The engine is one import away: less would mean the page could no longer search.
    expect(files.map((file) => readSite(file) ?? '').join('\n')).toMatch(/import\(["'`][^"'`]*search-page\.[\w-]+\.js["'`]\)/);
  });

  it(`the search page's own engine weighs at most ${SEARCH_ENGINE_JS / KB} KB once the reader reaches for it, with no Pagefind component`, () => {
    const html = readPage(DIST, routes.recherche());
    const start = pageJavaScript(html, readSite).files.map((file) => readSite(file) ?? '').join('\n');
    const chunk = start.match(/import\(["'`]\.?\/?([^"'`]*search-page\.[\w-]+\.js)["'`]\)/)?.[1];
    expect(chunk, 'import() du moteur introuvable').toBeTruthy();
    const files = moduleGraph([`/_astro/${chunk!.split('/').pop()}`], readSite);
    const gzip = files.reduce((sum, file) => sum + gzipSize(readSite(file)!), 0);
    // The results, the filters and the kit search are all in it: less would mean it lost them.
    expect(gzip, files.join(', ')).toBeGreaterThan(3 * KB);
    expect(gzip, `${(gzip / KB).toFixed(1)} KB (${files.join(', ')})`).toBeLessThanOrEqual(SEARCH_ENGINE_JS);
    for (const file of files) expect(readSite(file), file).not.toContain('customElements.define("pagefind-');
  });

  it('a search page that imports its components at once is caught (guards the test above)', () => {
    const site = fakeSite({
      '/_astro/start.js': `import"./ui.js";`,
      '/_astro/ui.js': `customElements.define("pagefind-input",class extends HTMLElement{});`,
      '/_astro/lazy.js': `import("./search-page.A1.js");`,
    });
    expect(searchEngineFiles('<script type="module" src="/_astro/start.js"></script>', site)).toEqual(['/_astro/ui.js']);
    expect(searchEngineFiles('<script type="module" src="/_astro/lazy.js"></script>', site)).toEqual([]);
  });

  it('the measure of files before interaction sees scripts, preloads and eager islands', () => {
    expect(filesBeforeInteraction('<astro-island client="interaction" component-url="/_astro/a.js" renderer-url="/_astro/r.js"></astro-island><script>1</script>')).toEqual([]);
    expect(filesBeforeInteraction('<astro-island client="visible" component-url="/_astro/a.js" renderer-url="/_astro/r.js"></astro-island>')).toEqual(['/_astro/a.js', '/_astro/r.js']);
    expect(filesBeforeInteraction('<script type="module" src="/_astro/x.js"></script><link rel="modulepreload" href="/_astro/y.js">')).toEqual(['/_astro/x.js', '/_astro/y.js']);
  });

  it(`every fiche weighs at most ${FICHE_HTML_CSS / KB} KB of HTML and CSS`, () => {
    for (const path of fichePaths) {
      const size = pageHtmlCssGzip(readPage(DIST, path), readSite);
      expect(size, `${path} : ${(size / KB).toFixed(1)} KB`).toBeLessThanOrEqual(FICHE_HTML_CSS);
    }
  });

  it('the other pages with islands keep within their own budgets', () => {
    const islandPages = pages.filter(({ html }) => hasIsland(html)).map(({ path }) => path);
    expect(islandPages.filter((path) => !fichePaths.includes(path)).sort()).toEqual(Object.keys(OTHER_ISLAND_PAGES_JS).sort());
    for (const [path, budget] of Object.entries(OTHER_ISLAND_PAGES_JS)) {
      const { gzip } = pageJavaScript(readPage(DIST, path), readSite);
      expect(gzip, path).toBeGreaterThan(60 * KB);
      expect(gzip, `${path} : ${(gzip / KB).toFixed(1)} KB`).toBeLessThanOrEqual(budget);
    }
  });

  it('the measures see every byte: linked and imported files, inline scripts, stylesheets (guards the budgets)', () => {
    const site = fakeSite({
      '/_astro/island.js': `import"./big.js";export default 1;`,
      '/_astro/big.js': noise(FICHE_JS + 2 * KB),
      '/_astro/big.css': noise(FICHE_HTML_CSS + 2 * KB),
    });
    const page = `<html><head><link rel="stylesheet" href="/_astro/big.css"></head><body><astro-island component-url="/_astro/island.js"></astro-island><script>${noise(2 * KB)}</script></body></html>`;
    const js = pageJavaScript(page, site);
    expect(js.files).toEqual(['/_astro/island.js', '/_astro/big.js']);
    expect(js.inline).toHaveLength(1);
    expect(js.gzip).toBeGreaterThan(FICHE_JS + 2 * KB);
    expect(pageHtmlCssGzip(page, site)).toBeGreaterThan(FICHE_HTML_CSS);
    // A file the page names but the build lacks is an error, not a page of weight zero.
    expect(() => pageJavaScript('<script type="module" src="/_astro/absent.js"></script>', site)).toThrow(/absent/);
  });
});

describe('a page without islands ships no JavaScript but the registration of the service worker', () => {
  it('unless it declares its enhancement, and then exactly one script for each', () => {
    const problems = pages
      .filter(({ html }) => !hasIsland(html))
      .flatMap(({ path, html }) => undeclaredScripts(html, Object.keys(ENHANCEMENTS)).map((problem) => `${path} : ${problem}`));
    expect(problems).toEqual([]);
    const plain = pages.filter(({ html }) => !hasIsland(html) && declaredEnhancements(html).join() === 'offline');
    expect(plain.map(({ path }) => path)).toContain(routes.home());
    expect(plain.length).toBeGreaterThan(20);
    const registration = pageJavaScript(readPage(DIST, routes.home()), readSite);
    // Inline, hashed into the policy by Astro: one script, no file to fetch.
    expect(registration).toMatchObject({ files: [], inline: [expect.any(String)] });
    expect(registration.gzip, `${(registration.gzip / KB).toFixed(1)} KB (${registration.files.join(', ')})`).toBeLessThanOrEqual(REGISTRATION_JS);
    // It registers the service worker: less would mean the measure missed it.
    expect(registration.inline[0]).toContain('serviceWorker');
    for (const { path, html } of plain) expect(pageJavaScript(html, readSite), path).toEqual(registration);
  });

  it('the enhancements are on the pages they are meant for, and nowhere else', () => {
    for (const [name, expected] of Object.entries(ENHANCEMENTS)) {
      const carrying = pages.filter(({ html }) => declaredEnhancements(html).includes(name)).map(({ path }) => path);
      expect(carrying.sort(), name).toEqual([...expected].sort());
    }
  });

  it('a script on a plain page, an extra script or an unknown enhancement is caught (guards the test above)', () => {
    const known = Object.keys(ENHANCEMENTS);
    expect(undeclaredScripts('<main><p>Texte</p></main>', known)).toEqual([]);
    expect(undeclaredScripts('<main><script type="application/json">{}</script></main>', known)).toEqual([]);
    expect(undeclaredScripts('<main><script>alert(1)</script></main>', known)).toHaveLength(1);
    expect(undeclaredScripts('<main><script type="module" src="/_astro/x.js"></script></main>', known)).toHaveLength(1);
    expect(undeclaredScripts('<button data-enhance="print"></button><script type="module">print()</script>', known)).toEqual([]);
    expect(undeclaredScripts('<button data-enhance="print"></button><script type="module">a()</script><script>b()</script>', known)).toHaveLength(1);
    expect(undeclaredScripts('<div data-enhance="carousel"></div><script type="module">c()</script>', known)).toEqual(['data-enhance="carousel" inconnu']);
  });
});

describe('nothing comes from another site', () => {
  const textFiles = listFiles(DIST);
  const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

  it('no page references a script, stylesheet, image, font, frame or media outside the site', () => {
    const found = pages.flatMap(({ path, html }) => outsideResources(html).map((url) => `${path} : ${url}`));
    expect(found).toEqual([]);
  });

  it('no built stylesheet imports or points to a file outside the site, no script imports one', () => {
    const css = textFiles.filter((file) => file.endsWith('.css'));
    const js = textFiles.filter((file) => /\.m?js$/.test(file));
    expect(css.length).toBeGreaterThan(0);
    expect(js.length).toBeGreaterThan(0);
    const found = [
      ...css.flatMap((file) => outsideCssReferences(read(file)).map((url) => `${file} : ${url}`)),
      ...js.flatMap((file) => outsideImports(read(file)).map((url) => `${file} : ${url}`)),
    ];
    expect(found).toEqual([]);
  });

  it('finds every kind of outside resource, and lets outbound links be (guards the tests above)', () => {
    const page = `<html><head>
      <link rel="stylesheet" href="https://cdn.example.org/a.css">
      <link rel="preconnect" href="//fonts.example.org">
      <link rel="canonical" href="https://kit.example.org/fiches/">
      <link rel="icon" href="/favicon.svg">
      <script src="https://stats.example.org/s.js"></script>
      <script type="module">import "https://esm.example.org/x.js";</script>
      <style>@import url("https://fonts.example.org/f.css"); .a { background: url(data:image/svg+xml,abc) }</style>
      </head><body>
      <img src="https://img.example.org/a.png" width="10" height="10" alt="">
      <img srcset="/a.png 1x, https://img.example.org/b.png 2x" src="/a.png" width="10" height="10" alt="">
      <iframe src="https://www.youtube-nocookie.com/embed/x" title="Vidéo"></iframe>
      <video src="/v.mp4" poster="https://img.example.org/p.jpg"></video>
      <div style="background-image: url('https://img.example.org/bg.jpg')"></div>
      <a href="https://www.legifrance.gouv.fr/" rel="noopener noreferrer">Légifrance</a>
      <a href="/fiches/">Fiches</a>
      </body></html>`;
    expect(outsideResources(page)).toEqual([
      '<link href="https://cdn.example.org/a.css">',
      '<link href="//fonts.example.org">',
      '<script src="https://stats.example.org/s.js">',
      '<img src="https://img.example.org/a.png">',
      '<img srcset="https://img.example.org/b.png">',
      '<iframe src="https://www.youtube-nocookie.com/embed/x">',
      '<video poster="https://img.example.org/p.jpg">',
      "<div style> https://img.example.org/bg.jpg",
      '<style> https://fonts.example.org/f.css',
      '<script> import https://esm.example.org/x.js',
    ]);
    expect(outsideCssReferences(`@import "https://a.example.org/x.css"; @font-face { src: url(https://fonts.example.org/f.woff2) } .b { background: url("/_astro/ok.png") }`)).toEqual([
      'https://fonts.example.org/f.woff2',
      'https://a.example.org/x.css',
    ]);
    expect(outsideImports(`import{a}from"./a.js";import("https://esm.example.org/b.js");const u="https://x.example.org"`)).toEqual(['https://esm.example.org/b.js']);
  });
});

describe('the web font never holds a page back (issue 14)', () => {
  const css = listFiles(DIST).filter((file) => file.endsWith('.css')).map((file) => readFileSync(join(DIST, file), 'utf8'));

  it('every downloaded face is font-display: optional, and a page preloads one font file at most', () => {
    const displays = css.flatMap(fontDisplays);
    expect(displays.length).toBeGreaterThan(0);
    expect([...new Set(displays)]).toEqual(['optional']);
    const preloads = new Set(pages.flatMap(({ html }) => preloadedFonts(html)));
    expect(preloads.size).toBe(1);
    expect(pages.filter(({ html }) => preloadedFonts(html).length > 1).map(({ path }) => path)).toEqual([]);
  });

  it('a font preload or a face that swaps is caught (guards the test above)', () => {
    expect(preloadedFonts('<head><link rel="preload" href="/f.woff2" as="font" crossorigin><link rel="preload" href="/a.js" as="script"></head>')).toEqual(['/f.woff2']);
    expect(fontDisplays("@font-face{font-family:A;font-display:swap;src:url(/a.woff2)}@font-face{font-family:B;src:url(/b.woff2)}@font-face{font-family:C;src:local('Arial')}")).toEqual([
      'swap',
      '(absent : auto)',
    ]);
  });
});

describe('images keep their place', () => {
  it('every <img> has explicit width and height attributes', () => {
    const found = pages.flatMap(({ path, html }) => imagesWithoutSize(html).map((img) => `${path} : ${img}`));
    expect(found).toEqual([]);
  });

  it('an <img> without both dimensions is caught (guards the test above)', () => {
    expect(imagesWithoutSize('<img src="/a.png" width="320" height="180" alt="">')).toEqual([]);
    expect(imagesWithoutSize('<p><img src="/a.png" alt="Schéma"></p>')).toEqual(['<img src="/a.png">']);
    expect(imagesWithoutSize('<img src="/b.png" width="320" alt="">')).toEqual(['<img src="/b.png">']);
    expect(imagesWithoutSize('<img src="/c.png" width="auto" height="180" alt="">')).toEqual(['<img src="/c.png">']);
    // The text of a script is not markup.
    expect(imagesWithoutSize('<script type="text/pagefind-template"><img src="{{ url }}"></script>')).toEqual([]);
  });
});
