/**
 * What a written service worker precaches, read back from its text: for the tests of the build
 * and for `npm run bench`, which both report it. Workbox writes its manifest as
 * `{url:"…",revision:"…"|null}` entries, addresses relative to the worker.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_WORKER_FILE } from './service-worker.ts';

export function precachedUrls(serviceWorker: string): string[] {
  return [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
}

/** The precache of a build: its files and their total size, in bytes. */
export function precacheOf(dist: string): { urls: string[]; bytes: number } {
  const urls = precachedUrls(readFileSync(join(dist, SERVICE_WORKER_FILE), 'utf8'));
  return { urls, bytes: urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0) };
}
