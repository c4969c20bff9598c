import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/lib/pdf/launch.ts';

/** The browser that prints the PDFs (CHROME_PATH, the system's, or the npm package's Chromium), never a downloaded one. */
export async function launchChromium(): Promise<Browser> {
  return (await launchBrowser()).browser;
}
