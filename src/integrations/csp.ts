import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveCspMetaFirst } from '../lib/csp.ts';

/**
 * Puts each page's Content-Security-Policy first in `<head>`, right after the charset, once the
 * pages are written: a meta policy does not cover the elements before it, and Astro writes it
 * after the page's own head elements.
 */
export function cspFirstIntegration(): AstroIntegration {
  return {
    name: 'kit:csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let moved = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const fixed = moveCspMetaFirst(html);
          if (fixed === html) continue;
          await writeFile(path, fixed);
          moved++;
        }
        logger.info(`politique de sécurité (CSP) placée en tête de ${moved} pages sur ${files.length}`);
      },
    },
  };
}
