/**
 * Checks on built pages and stylesheets: each returns what is wrong, so that a test can show it
 * and its guard can feed it a page made to fail. Pages are read with the HTML parser of
 * tests/helpers/html.ts; CSS and JavaScript text, which no HTML parser reads, with patterns.
 */
import { attr, parsePage, rawText } from './html.ts';
import { javaScriptElements } from './page-weight.ts';

/** Every element of a page, in document order (nothing written inside a script, a style or a template). */
const elementsOf = (html: string) => parsePage(html).selectAll('*');

/** Outside the site: another origin (`https:`, `//cdn…`) or any scheme but `data:`, which is inline. */
export function isOutside(url: string): boolean {
  const trimmed = url.trim();
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed) && !/^data:/i.test(trimmed);
}

/** Attributes whose URL the browser fetches as part of the page (a link's href is the reader's choice). */
const FETCHED: Record<string, string[]> = {
  script: ['src'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  base: ['href'],
};
/** `<link>` kinds that name a page rather than fetch a resource for it. */
const NAVIGATION_LINKS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'next', 'prev', 'search']);

/** Every resource of a page (tags, inline styles, inline module imports) that lies outside the site. */
export function outsideResources(html: string): string[] {
  const found: string[] = [];
  for (const element of elementsOf(html)) {
    const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (element.tagName === 'link' && rels.length && rels.every((rel) => NAVIGATION_LINKS.has(rel))) continue;
    for (const name of FETCHED[element.tagName] ?? []) {
      const value = attr(element, name);
      if (value === undefined) continue;
      const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
      for (const url of urls.filter(isOutside)) found.push(`<${element.tagName} ${name}="${url}">`);
    }
    const style = attr(element, 'style');
    if (style) for (const url of outsideCssReferences(style)) found.push(`<${element.tagName} style> ${url}`);
  }
  for (const style of parsePage(html).selectAll('style')) for (const url of outsideCssReferences(rawText(style))) found.push(`<style> ${url}`);
  for (const { text } of javaScriptElements(html)) for (const url of outsideImports(text)) found.push(`<script> import ${url}`);
  return found;
}

/**
 * What would play another site's content inside a page: any frame, embed or object (the kit uses
 * none), and any video, audio, source or track whose file is not the site's own.
 */
export function embeddedPlayers(html: string): string[] {
  const found: string[] = [];
  for (const element of elementsOf(html)) {
    if (['iframe', 'frame', 'embed', 'object'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    if (['video', 'audio', 'source', 'track'].includes(element.tagName)) {
      for (const name of ['src', 'poster', 'srcset']) {
        const value = attr(element, name);
        if (value !== undefined && isOutside(value)) found.push(`<${element.tagName} ${name}="${value}">`);
      }
    }
  }
  return found;
}

/** `url(…)` and `@import` of a stylesheet that lie outside the site. */
export function outsideCssReferences(css: string): string[] {
  const urls = [
    ...[...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3]!),
    ...[...css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((m) => m[1] ?? m[2]!),
  ];
  return urls.filter(isOutside);
}

/** Module specifiers written as outside URLs: `import "https://…"`, `from "//…"`, `import("https://…")`. */
export function outsideImports(js: string): string[] {
  const specifiers = [...js.matchAll(/\b(?:import|from)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
  return specifiers.filter(isOutside);
}

/** `<img>` without a width and a height in pixels: the page would jump when the image arrives. */
export function imagesWithoutSize(html: string): string[] {
  const sized = (value: string | undefined) => value !== undefined && /^\d+$/.test(value.trim()) && Number(value) > 0;
  return elementsOf(html)
    .filter((element) => element.tagName === 'img' && !(sized(attr(element, 'width')) && sized(attr(element, 'height'))))
    .map((element) => `<img src="${attr(element, 'src') ?? ''}">`);
}

/** Fonts a page asks for before its text needs them (`<link rel="preload" as="font">`): each would hold the first paint. */
export function preloadedFonts(html: string): string[] {
  return elementsOf(html)
    .filter((element) => element.tagName === 'link' && attr(element, 'as') === 'font' && (attr(element, 'rel') ?? '').split(/\s+/).includes('preload'))
    .map((element) => attr(element, 'href') ?? '');
}

/** The `font-display` of every `@font-face` of a stylesheet that loads a file (`local()` faces cost no download). */
export function fontDisplays(css: string): string[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((face) => /url\(/.test(face))
    .map((face) => /font-display\s*:\s*([\w-]+)/.exec(face)?.[1] ?? '(absent : auto)');
}

/** Names a page declares with `data-enhance` on the elements its scripts improve. */
export function declaredEnhancements(html: string): string[] {
  return [...new Set(elementsOf(html).flatMap((element) => attr(element, 'data-enhance')?.split(/\s+/).filter(Boolean) ?? []))].sort();
}

export function hasIsland(html: string): boolean {
  return elementsOf(html).some((element) => element.tagName === 'astro-island');
}

/**
 * What is wrong with the scripts of a page that has no island: without a declared enhancement it
 * ships no script at all; with some, one script for each, and only names the site knows.
 */
export function undeclaredScripts(html: string, known: readonly string[]): string[] {
  const declared = declaredEnhancements(html);
  const scripts = javaScriptElements(html).map(({ tag }) => tag);
  const problems = declared.filter((name) => !known.includes(name)).map((name) => `data-enhance="${name}" inconnu`);
  if (scripts.length !== declared.length) problems.push(`${scripts.length} script(s) pour ${declared.length} amélioration(s) déclarée(s) : ${scripts.join(' ')}`);
  return problems;
}
