import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { PRINT_ROUTES_PREFIX, routes } from '../lib/routes.ts';

/**
 * With a known site address, writes sitemap.xml and robots.txt from the pages actually built.
 * Without it nothing is written: a sitemap of relative URLs would be invalid.
 */
export function sitemapIntegration(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'kit:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) return;
        const prefix = base.replace(/\/+$/, '');
        const urls = pages
          .map((page) => page.pathname)
          .filter((pathname) => !/^404\/?$/.test(pathname))
          // Like the 404 page, the offline notice is shown in place of another address.
          .filter((pathname) => `/${pathname}`.replace(/^\/+/, '/').replace(/\/?$/, '/') !== routes.reseauAbsent())
          // Print-only pages are removed from the build once printed (scripts/steps/pdf.ts).
          .filter((pathname) => !`/${pathname}`.replace(/^\/+/, '/').startsWith(PRINT_ROUTES_PREFIX))
          .map((pathname) => new URL(`${prefix}/${pathname}`.replace(/\/{2,}/g, '/'), site).href)
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((loc) => `  <url><loc>${loc}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        const sitemapUrl = new URL(`${prefix}/sitemap.xml`, site).href;
        await writeFile(new URL('sitemap.xml', dir), xml);
        await writeFile(new URL('robots.txt', dir), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
        logger.info(`sitemap.xml (${urls.length} adresses) et robots.txt écrits`);
      },
    },
  };
}
