/**
 * The build's markdown processor: Sätteri with the kit's features and the second barrier's
 * plugins. `astro.config.ts` uses it, and so do the tests that compile hostile files exactly
 * as the build would.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { hastGuard, mdastGuard } from './mdx-guard.ts';
import { MDX_FEATURES } from './mdx-pipeline.ts';

export function kitMarkdownProcessor() {
  return satteri({ features: { ...MDX_FEATURES }, mdastPlugins: [mdastGuard], hastPlugins: [hastGuard] });
}
