import { withBase } from '../lib/routes.ts';

/** A site URL with Astro's `base`, for every link and asset the pages write. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
