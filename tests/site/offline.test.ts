/**
 * The service worker and the manifest as each build (root and sub-path) writes them: what the
 * precache holds, what it leaves out, its size, and a manifest every page links to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_FILE, PRECACHE_LIMIT_BYTES, SERVICE_WORKER_FILE, isDocumentPath } from '../../src/lib/offline/service-worker.ts';
import { precacheOf, precachedUrls } from '../../src/lib/offline/precache.ts';
import { routes, withBase } from '../../src/lib/routes.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, parsePage } from '../helpers/html.ts';


describe('precachedUrls (guards the tests below)', () => {
  it('reads both revised and hashed entries, and nothing else', () => {
    expect(precachedUrls('e([{url:"index.html",revision:"0a1b"},{url:"_astro/a.B1.js",revision:null}]);var x={url:"y"}')).toEqual(['index.html', '_astro/a.B1.js']);
  });
});

describe.each([
  { where: 'at the root', dist: DIST, base: '/' },
  { where: 'under a sub-path', dist: SUBPATH_DIST, base: SUBPATH_BASE },
])('offline files of the build, $where', ({ dist, base }) => {
  requireBuild(dist);
  const sw = readFileSync(join(dist, SERVICE_WORKER_FILE), 'utf8');
  const urls = precachedUrls(sw);

  it('the service worker is one file: Workbox inlined, nothing imported', () => {
    expect(sw).not.toMatch(/importScripts\s*\(/);
    expect(sw).toContain('SKIP_WAITING');
    // Every precached address is relative to the service worker, so it follows the base.
    expect(urls.filter((url) => /^(?:[a-z]+:|\/)/i.test(url))).toEqual([]);
  });

  it('precaches every page, its styles, fonts and scripts, and the search index', () => {
    const pages = htmlPages(dist).map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1));
    expect(pages.filter((page) => !urls.includes(page))).toEqual([]);
    expect(urls.filter((url) => url.endsWith('.woff2')).length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.startsWith('_astro/') && url.endsWith('.css')).length).toBeGreaterThan(0);
    for (const needed of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.fr.pagefind', DOCUMENTS_FILE, 'manifest.webmanifest']) {
      expect(urls, needed).toContain(needed);
    }
    for (const kind of ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']) expect(urls.some((url) => url.endsWith(kind)), kind).toBe(true);
  });

  it(`leaves out documents, and weighs at most ${PRECACHE_LIMIT_BYTES / 1e6} MB`, () => {
    expect(urls.filter(isDocumentPath)).toEqual([]);
    const { bytes } = precacheOf(dist);
    expect(bytes).toBeGreaterThan(1e6);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_LIMIT_BYTES);
  });

  it('every page links the manifest, whose address and scope follow the base', () => {
    const target = withBase(base, routes.webManifest());
    const without = htmlPages(dist).filter((path) => !parsePage(readPage(dist, path)).selectAll('link[rel="manifest"]').some((link) => attr(link, 'href') === target));
    expect(without).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; lang: string; icons: { src: string }[] };
    expect(manifest).toMatchObject({ start_url: base, scope: base, lang: 'fr' });
    for (const icon of manifest.icons) expect(existsSync(join(dist, icon.src.slice(base.length)))).toBe(true);
  });
});
