/**
 * The site's Content-Security-Policy. Astro writes it in a `<meta http-equiv>` of every page
 * and adds the hashes of its own inline scripts and styles to `script-src` and `style-src`
 * (`security.csp` in astro.config.ts); these are the other directives.
 *
 * The site is static and asks nothing of any other origin: everything is `'self'`, and what the
 * page cannot need (plugins, `<base>`, posting a form elsewhere) is closed.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind searches in a worker loaded from the site itself (pagefind-worker.js).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // The experience form only builds a link to the repository: no form is ever posted away.
  "form-action 'self'",
] as const;

/**
 * What the search page alone adds: Pagefind compiles its WebAssembly index reader
 * (`'wasm-unsafe-eval'` allows compiling WebAssembly, not `eval` of JavaScript). Its images
 * stay `'self'`: the page draws results and filters itself, with no `data:` icon.
 */
export const SEARCH_PAGE_CSP = {
  scriptResources: ["'self'", "'wasm-unsafe-eval'"],
} as const;

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * A meta policy only governs what comes after it, and Astro writes it at the end of `<head>`:
 * this moves it right after `<meta charset>` (which must stay first). Returns the page unchanged
 * when it has no policy.
 */
export function moveCspMetaFirst(html: string): string {
  const meta = html.match(CSP_META)?.[0];
  if (!meta) return html;
  const rest = html.replace(meta, '');
  const charset = rest.match(CHARSET_META);
  if (!charset || charset.index === undefined) return html;
  const end = charset.index + charset[0].length;
  return `${rest.slice(0, end)}${meta}${rest.slice(end)}`;
}
