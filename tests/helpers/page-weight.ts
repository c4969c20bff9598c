/**
 * What a built page weighs once compressed: the budgets of tests/site/budgets.test.ts, and the
 * JavaScript checks of islands.test.ts. Sizes are gzip at node's default level, in bytes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { moduleGraph, pageAssets } from '../../src/lib/bench/assets.ts';
import { attr, openingTag, parsePage, rawText } from './html.ts';

/** KB as the budgets count it: 1,024 bytes. */
export const KB = 1024;

/** Reads a file of a build by its site path (`/_astro/x.js`); undefined for a missing file or a folder. */
export type SiteReader = (path: string) => string | undefined;

export function siteReader(dir: string): SiteReader {
  return (path) => {
    const file = join(dir, decodeURIComponent(path));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
}

export function gzipSize(text: string): number {
  return gzipSync(text).length;
}

/** Types a browser runs as JavaScript; a JSON island or a Pagefind template is data. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** `<script>` elements the browser runs: their opening tag and, for inline ones, their exact text. */
export function javaScriptElements(html: string): { tag: string; text: string; src: string | undefined }[] {
  return parsePage(html)
    .selectAll('script')
    .filter((script) => JS_TYPES.has((attr(script, 'type') ?? '').trim().toLowerCase()))
    .map((script) => ({ tag: openingTag(script), text: rawText(script), src: attr(script, 'src') }));
}

export interface PageJavaScript {
  /** Every module the page downloads: linked, preloaded, named by an island, or imported statically by those. */
  files: string[];
  /** The page's inline scripts (Astro's island loader, small enhancements). */
  inline: string[];
  /** Each file compressed on its own, as it travels, plus the inline scripts compressed together. */
  gzip: number;
}

export function pageJavaScript(html: string, read: SiteReader): PageJavaScript {
  const strict = strictReader(read);
  const files = moduleGraph(pageAssets(html).js, strict);
  const inline = javaScriptElements(html)
    .filter(({ src, text }) => src === undefined && text.trim())
    .map(({ text }) => text);
  const gzip = files.reduce((sum, path) => sum + gzipSize(strict(path)), 0) + (inline.length ? gzipSize(inline.join('\n')) : 0);
  return { files, inline, gzip };
}

/** The page itself and the stylesheets it links, each compressed on its own. */
export function pageHtmlCssGzip(html: string, read: SiteReader): number {
  const strict = strictReader(read);
  return gzipSize(html) + pageAssets(html).css.reduce((sum, path) => sum + gzipSize(strict(path)), 0);
}

/** A file the page asks for but the build lacks would weigh nothing: an error, not a pass. */
function strictReader(read: SiteReader): (path: string) => string {
  return (path) => {
    const text = read(path);
    if (text === undefined) throw new Error(`${path} est demandé par la page mais absent de la construction`);
    return text;
  };
}

/**
 * JavaScript files a page asks for before the reader acts: script and modulepreload links, and
 * the files of every island that does not wait for an interaction (`client="interaction"`).
 */
export function filesBeforeInteraction(html: string): string[] {
  const linked = [
    ...javaScriptElements(html).flatMap(({ src }) => (src === undefined ? [] : [src])),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => /\shref="([^"]*)"/.exec(m[0])?.[1] ?? m[0]),
  ];
  const eager = [...html.matchAll(/<astro-island\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\sclient="interaction"/.test(tag))
    .flatMap((tag) => [...tag.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]!));
  return [...linked, ...eager];
}
