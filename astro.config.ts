import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { kitMarkdownProcessor } from './src/lib/content/markdown-processor.ts';
import { verifyContentIntegration } from './src/integrations/verify-content.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';
import { cspFirstIntegration } from './src/integrations/csp.ts';
import { clientChunksIntegration } from './src/integrations/client-chunks.ts';
import { interactionDirectiveIntegration } from './src/integrations/interaction-directive.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';

import { hostingFrom } from './src/lib/hosting.ts';

/** Hosting is set from the environment so that one build serves any address. */
const { base, site, outDir, cacheDir } = hostingFrom();

export default defineConfig({
  site,
  base,
  outDir,
  // Separate caches let two builds (root and sub-path) run side by side without sharing state.
  cacheDir,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The processor carries the second barrier against hostile content (src/lib/content/mdx-guard.ts).
  // No syntax highlighting: Shiki colours code with inline style attributes, which the CSP refuses.
  markdown: { processor: kitMarkdownProcessor(), syntaxHighlight: false },
  integrations: [verifyContentIntegration(), mdx(), react(), interactionDirectiveIntegration(), clientChunksIntegration(), ...sitemapIntegrations(), cspFirstIntegration()],
  devToolbar: { enabled: false },
  // Astro hashes its own inline scripts and styles into the policy; no script needs 'unsafe-inline'.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
});
