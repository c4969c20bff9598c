import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { problemReport } from '../lib/content/problems.ts';
import { readContentTree } from '../lib/content/read.ts';
import { verifyContent } from '../lib/content/verify.ts';

/**
 * Runs the contributor checks before Astro compiles any MDX, so a broken or hostile file
 * stops the build with the file, the line and a French explanation, and none of its code runs.
 */
export function verifyContentIntegration(): AstroIntegration {
  return {
    name: 'kit:verify-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = verifyContent(readContentTree(root));
        if (problems.length) {
          throw new Error(`Contenu du kit invalide.\n${problemReport(problems)}\nCorrigez ces points (npm run verifier les liste sans construire le site).`);
        }
        logger.info('contenu du kit vérifié : aucun problème');
      },
    },
  };
}
