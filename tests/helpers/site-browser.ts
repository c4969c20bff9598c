import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { DIST, requireBuild } from './dist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** `http://127.0.0.1:<port>`, where the build is served. */
  readonly origin: string;
  /**
   * A fresh context where the site cannot register its service worker, unless `serviceWorkers: 'allow'` is asked.
   * Otherwise each context precaches some 4 MB through Chromium's six connections to the host, and on a busy CI
   * machine the page under test waited behind them past Playwright's 30 s. The worker has its own tests
   * (tests/browser/offline.test.ts), and the policy test lets it run to witness `worker-src`.
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in its own such context, closed with the page. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
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
    newContext: (options) => opened(browser).newContext({ serviceWorkers: 'block', ...options }),
    newPage: (options) => opened(browser).newPage({ serviceWorkers: 'block', ...options }),
  };
}
