import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * How the browser's JavaScript is cut into files, so that a page downloads only what its own
 * islands use: a fiche stays within the budget of tests/site/budgets.test.ts.
 */
export function clientChunksIntegration(): AstroIntegration {
  return {
    name: 'kit:client-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [zodClassicApart()],
            environments: {
              client: {
                build: {
                  rolldownOptions: {
                    output: {
                      codeSplitting: {
                        // Every page with an island needs all of React, never part of it: one file
                        // compresses better than the three the default split makes (~0.7 KB gzip).
                        groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
                      },
                    },
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}

/** Marks the modules of zod's classic API, and everything they import inside zod, in the browser build. */
export const ZOD_CLASSIC_COPY = '?zod-classic';

/**
 * The progress islands validate storage with `zod/mini`; the experience form of /contribuer/
 * validates with the classic API (the verifier's own schema). Both sit on the same zod core
 * modules, and a bundler never splits a module: the core, tree-shaken for the classic API (about
 * 10 KB gzip more), would ship on every page with an island. Giving the classic API its own copy
 * of the core keeps each page to the part of zod it uses. No page loads both: /contribuer/ has only
 * the form. Zod keeps its shared state (configuration, registry) on globalThis, so two copies agree.
 */
export function zodClassicApart(): Plugin {
  return {
    name: 'kit:zod-classic-apart',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const inCopy = importer.endsWith(ZOD_CLASSIC_COPY);
      if (!inCopy && source !== 'zod') return null;
      const from = inCopy ? importer.slice(0, -ZOD_CLASSIC_COPY.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/[\\/]node_modules[\\/]zod[\\/]/.test(resolved.id)) return resolved;
      return { ...resolved, id: `${resolved.id}${ZOD_CLASSIC_COPY}` };
    },
  };
}
