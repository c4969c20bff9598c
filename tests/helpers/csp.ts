/** Reading the Content-Security-Policy of a built page, as a browser would, without a browser. */
import { createHash } from 'node:crypto';

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

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;
/** Types the browser runs as script; JSON data and Pagefind's templates are never executed. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function cspMetas(html: string): string[] {
  return [...html.matchAll(CSP_META)].map((match) => decodeAttribute(match[1]!));
}

/** The text of every inline `<script>` the browser would execute. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\ssrc=/i.test(` ${attributes}`))
    .filter(([, attributes]) => EXECUTABLE.has((attributes!.match(/\btype="([^"]*)"/i)?.[1] ?? '').trim().toLowerCase()))
    .map((match) => match[2]!);
}

export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
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
  if (!/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta\s+http-equiv="content-security-policy"/i.test(html)) {
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
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
  return [...body.matchAll(/<[a-z][^>]*?\s(on[a-z]+=|style=|href="\s*javascript:)[^>]*>/gi)].map((match) => match[0].slice(0, 120));
}

function decodeAttribute(value: string): string {
  return value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
