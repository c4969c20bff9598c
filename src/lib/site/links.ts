import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

export interface BrokenLink {
  /** The page or stylesheet holding the link, relative to the build's root. */
  from: string;
  target: string;
}

const ATTRIBUTE = /\s(?:href|src|action|poster)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
// A script's text (JSON, or a Pagefind result template with `{{ url }}` placeholders) holds no link of the page.
const SCRIPT_TEXT = /(<script\b[^>]*>)[\s\S]*?<\/script>/gi;

/**
 * Every internal link and asset of a build must point to a file of that build, under `base`.
 * Fragments are checked too: `#id` must exist on the target page.
 */
export function findBrokenLinks(root: string, base: string): { broken: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  let checked = 0;
  const files = listFiles(root);
  const idCache = new Map<string, Set<string>>();

  const resolveFile = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const inside = pathname.slice(base.length);
    const candidate = join(root, decodeURIComponent(inside));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return idCache.get(file)!;
  };

  for (const file of files.filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
    const content = readFileSync(join(root, file), 'utf8').replace(SCRIPT_TEXT, '$1</script>');
    const pagePath = `${base}${file}`;
    const targets = file.endsWith('.css')
      ? [...content.matchAll(CSS_URL)].map((m) => m[1]!)
      : [
          ...[...content.matchAll(ATTRIBUTE)].map((m) => m[1]!),
          ...[...content.matchAll(SRCSET)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
        ];
    for (const raw of targets) {
      const target = raw.replace(/&amp;/g, '&');
      if (!target || /^(https?:|mailto:|tel:|data:|javascript:)/.test(target) || target.startsWith('//')) continue;
      checked += 1;
      const url = new URL(target, `http://site${pagePath}`);
      const resolved = resolveFile(url.pathname);
      if (!resolved) {
        broken.push({ from: file, target });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(fragment)) broken.push({ from: file, target });
    }
  }
  return { broken, checked };
}
