/** Reading the Content-Security-Policy of a built page, as a browser would, without a browser (pages parsed by tests/helpers/html.ts). */
import { createHash } from 'node:crypto';
import { attr, attributes, openingTag, parsePage, rawText, type Element } from './html.ts';

export type Policy = Map<string, string[]>;

/**
 * Directive name → sources. As in browsers, names are case-insensitive and only the first
 * occurrence of a directive counts; `repeated` names the ignored ones.
 */
export function parseCsp(text: string): { policy: Policy; repeated: string[] } {
  const policy: Policy = new Map();
  const repeated: string[] = [];
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (policy.has(key)) repeated.push(key);
    else policy.set(key, sources);
  }
  return { policy, repeated };
}

/** The sources that govern an element of this kind, with the browser's fallbacks. */
export function elementSources(policy: Policy, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

/** `'sha256-…'` of a text, as a CSP source: the hash of its UTF-8 bytes, in base64. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Types the browser runs as script; JSON data and Pagefind's templates are never executed. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const isCspMeta = (element: Element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy';

export function cspMetas(html: string): string[] {
  return parsePage(html)
    .selectAll('meta[http-equiv]')
    .filter(isCspMeta)
    .map((meta) => attr(meta, 'content') ?? '');
}

/**
 * The text of every inline `<script>` the browser would execute, exactly as the parser cut it:
 * the browser hashes those characters, so `rawText` (no trimming, no decoding) is the contract.
 */
export function inlineScripts(html: string): string[] {
  return parsePage(html)
    .selectAll('script:not([src])')
    .filter((script) => EXECUTABLE.has((attr(script, 'type') ?? '').trim().toLowerCase()))
    .map(rawText);
}

export function inlineStyles(html: string): string[] {
  return parsePage(html).selectAll('style').map(rawText);
}

/** The policy is read only before anything else in `<head>` but the charset (which must come first). */
function cspFirstInHead(html: string): boolean {
  const head = parsePage(html).select('head');
  const [charset, csp] = (head?.children ?? []).filter((child) => !(child.type === 'text' && !child.value.trim()));
  return (
    charset?.type === 'element' &&
    charset.tagName === 'meta' &&
    attr(charset, 'charset')?.toLowerCase() === 'utf-8' &&
    csp?.type === 'element' &&
    isCspMeta(csp)
  );
}

const UNSAFE = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

/**
 * What is wrong with a page's policy, in French; empty when it is strict and complete: one
 * policy, first in `<head>` after the charset, no unsafe source, the closed directives, and a
 * hash for every inline script and style of the page (anything else the browser would refuse).
 */
export function cspProblems(html: string): string[] {
  const metas = cspMetas(html);
  if (metas.length !== 1) return [`${metas.length} balises CSP au lieu d'une`];
  const problems: string[] = [];
  if (!cspFirstInHead(html)) {
    problems.push("la CSP n'est pas juste après <meta charset> en tête de <head>");
  }
  const { policy, repeated } = parseCsp(metas[0]!);
  for (const name of repeated) problems.push(`directive ${name} en double (la seconde est ignorée)`);
  const expected: [string, string][] = [
    ['default-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  for (const [name, value] of expected) {
    if (policy.get(name)?.join(' ') !== value) problems.push(`${name} vaut « ${policy.get(name)?.join(' ') ?? '(absente)'} » au lieu de « ${value} »`);
  }
  for (const [name, sources] of policy) {
    for (const source of sources.filter((s) => UNSAFE.includes(s))) problems.push(`${name} autorise ${source}`);
  }
  const scripts = new Set(elementSources(policy, 'script'));
  for (const script of inlineScripts(html)) {
    if (!scripts.has(cspHash(script))) problems.push(`script en ligne sans empreinte dans la CSP : ${script.slice(0, 80)}`);
  }
  const styles = new Set(elementSources(policy, 'style'));
  for (const style of inlineStyles(html)) {
    if (!styles.has(cspHash(style))) problems.push(`style en ligne sans empreinte dans la CSP : ${style.slice(0, 80)}`);
  }
  return problems;
}

/** Markup a strict policy refuses without a hash for each: event handler and style attributes, javascript: links. */
export function refusedMarkup(html: string): string[] {
  return parsePage(html)
    .selectAll('*')
    .filter((element) => {
      const names = [...attributes(element).keys()];
      // The URL parser drops tabs and newlines and trims: « java\tscript: » still runs.
      const href = attr(element, 'href')?.replace(/[\t\n\r]/g, '').trim().toLowerCase();
      return names.some((name) => name.startsWith('on') || name === 'style') || href?.startsWith('javascript:');
    })
    .map((element) => openingTag(element).slice(0, 120));
}
