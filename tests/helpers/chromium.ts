import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** The system Chromium (never a downloaded one), with flags for a closed network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium introuvable à ${executablePath} : installez-le (apt-get install chromium) ou indiquez CHROME_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
