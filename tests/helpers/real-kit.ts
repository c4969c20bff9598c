import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { buildKit, type Kit } from '../../src/lib/kit/model.ts';

let kit: Kit | undefined;

/** The kit as the site builds it, from content/ (no Astro needed). */
export function realKit(): Kit {
  kit ??= buildKit(verifyContent(readContentTree(process.cwd())).raw);
  return kit;
}
