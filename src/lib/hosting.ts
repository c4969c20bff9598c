/**
 * Where the site is published, read from the environment in one place: astro.config.ts, the
 * build steps (PDF, offline, final check) and the bench all take it from here, so a sub-path
 * build cannot disagree with itself.
 * BASE_PATH: the sub-path the site is served under (`/kit-participation/`), `/` by default.
 * SITE_URL: the public origin, when known (absolute links, sitemap, feed).
 * OUT_DIR, CACHE_DIR: where the build writes, so that two builds can run side by side.
 */
export interface Hosting {
  /** Always starts and ends with `/`. */
  base: string;
  site: string | undefined;
  outDir: string;
  cacheDir: string;
}

type Env = Record<string, string | undefined>;

export function normaliseBase(basePath: string | undefined): string {
  const trimmed = (basePath || '/').replace(/^\/*/, '/').replace(/\/*$/, '');
  return `${trimmed}/`;
}

export function hostingFrom(env: Env = process.env): Hosting {
  return {
    base: normaliseBase(env.BASE_PATH),
    site: env.SITE_URL || undefined,
    outDir: env.OUT_DIR || './dist',
    cacheDir: env.CACHE_DIR || './node_modules/.astro',
  };
}
