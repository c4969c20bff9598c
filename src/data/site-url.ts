import { absoluteUrl } from '../lib/routes.ts';
import { href } from './href.ts';

/** Absolute addresses when SITE_URL is known, root-relative ones (with base) otherwise. */
export function publicUrl(site: URL | undefined) {
  return (path: string) => (site ? absoluteUrl(site.href, import.meta.env.BASE_URL, path) : href(path));
}
