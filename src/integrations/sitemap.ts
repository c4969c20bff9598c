import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { writeFile } from 'node:fs/promises';
import { PRINT_ROUTES_PREFIX, routes } from '../lib/routes.ts';

/** The sitemap index `@astrojs/sitemap` writes, which robots.txt points to. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * With a known site address, `@astrojs/sitemap` writes the sitemap of the pages actually built
 * (without the 404 and the print-only pages, removed once printed by scripts/steps/pdf.ts), and
 * robots.txt points to it. Without an address nothing is written: a sitemap of relative URLs
 * would be invalid.
 */
export function sitemapIntegrations(): AstroIntegration[] {
  let site: URL | undefined;
  let base = '/';
  const robots: AstroIntegration = {
    name: 'kit:robots',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) return;
        const sitemapUrl = new URL(`${base.replace(/\/+$/, '')}/${SITEMAP_INDEX}`, site).href;
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
        logger.info('robots.txt écrit');
      },
    },
  };
  const isPage = (url: string) => {
    const path = new URL(url).pathname.replace(base.replace(/\/+$/, ''), '');
    // The 404 page and the offline notice stand in for another address; print pages are removed once printed.
    return !/^\/?404\/?$/.test(path) && path.replace(/\/?$/, '/') !== routes.reseauAbsent() && !path.startsWith(PRINT_ROUTES_PREFIX);
  };
  return [sitemap({ filter: isPage }), robots];
}
