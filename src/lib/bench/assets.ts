/**
 * What a built page makes the browser download: its HTML, the CSS and JS it links, and the
 * JS those modules import statically. Pure functions over file contents, for the benchmark and
 * the size budgets.
 */

/** Site paths (with base) of the stylesheets and scripts a page references directly. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return { css: unique(css), js: unique(js.filter((src) => !/^https?:/.test(src))) };
}

/** Relative specifiers a module imports statically (`import x from "./a.js"`, `import "./b.js"`). */
export function staticImports(source: string): string[] {
  const specifiers = [
    ...[...source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!),
    ...[...source.matchAll(/\bexport\s*[\w*{}\s,$]*from\s*["']([^"']+)["']/g)].map((m) => m[1]!),
  ];
  return unique(specifiers.filter((s) => s.startsWith('.') || s.startsWith('/')));
}

/** Follows static imports from the entry scripts; `read` returns a module's text or undefined. */
export function moduleGraph(entries: string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const source = read(path);
    if (source === undefined) continue;
    seen.add(path);
    for (const specifier of staticImports(source)) queue.push(new URL(specifier, `http://site${path}`).pathname);
  }
  return [...seen];
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
