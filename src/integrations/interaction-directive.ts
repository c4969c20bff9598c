import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Registers `client:interaction` (src/islands/hydrate-on-interaction.ts): no JavaScript file before the reader acts. */
export function interactionDirectiveIntegration(): AstroIntegration {
  return {
    name: 'kit:interaction-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('../islands/hydrate-on-interaction.ts', import.meta.url)) });
      },
    },
  };
}
