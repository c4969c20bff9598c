/**
 * The build reads an MDX header with Astro's YAML reader (js-yaml), the verifier with `yaml`,
 * which gives it lines for its messages. A header that the two read differently (a date,
 * a merge key) would give the build data the verifier never judged: it is refused.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isDeepStrictEqual } from 'node:util';

export type Agreement = { same: true } | { same: false; path: (string | number)[] };

export function compareWithBuildReading(fileText: string, ours: unknown): Agreement {
  let theirs: unknown;
  try {
    theirs = parseFrontmatter(fileText, { frontmatter: 'empty-with-spaces' }).frontmatter;
  } catch {
    return { same: false, path: [] };
  }
  return isDeepStrictEqual(theirs, ours) ? { same: true } : { same: false, path: firstDifference(theirs, ours) };
}

function firstDifference(a: unknown, b: unknown, path: (string | number)[] = []): (string | number)[] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !(a instanceof Date) && !(b instanceof Date)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const left = (a as Record<string, unknown>)[key];
      const right = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, [...path, Array.isArray(a) ? Number(key) : key]);
    }
  }
  return path;
}
