import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { DIST, requireBuild } from './dist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** `http://127.0.0.1:<port>`, where the build is served. */
  readonly origin: string;
}

/**
 * The built site on loopback and one Chromium (src/lib/pdf/browser.ts), opened before the tests of the calling file
 * and closed after them. Read the fields inside tests or hooks: they exist once `beforeAll` ran.
 */
export function servedSite(dir = DIST): ServedSite {
  requireBuild(dir);
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('servedSite : le site et Chromium ne sont ouverts que pendant les tests (beforeAll)');
    return value;
  };
  return {
    get browser() {
      return opened(browser);
    },
    get server() {
      return opened(server);
    },
    get origin() {
      return opened(server).origin;
    },
  };
}
