/**
 * Builds the site as it would be hosted under a sub-path with a known address, into
 * .tmp/dist-subpath, so that tests can check links, assets, canonical URLs and the sitemap there.
 */
import { spawnSync } from 'node:child_process';

export const SUBPATH_BASE = '/kit-participation/';
export const SUBPATH_SITE = 'https://kit.exemple.org';
export const SUBPATH_OUT = '.tmp/dist-subpath';

const result = spawnSync('node', ['scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE, OUT_DIR: SUBPATH_OUT, CACHE_DIR: '.tmp/cache-subpath' },
});
process.exit(result.status ?? 1);
