/**
 * Starts the browser that src/lib/pdf/browser.ts chooses: the one the PDF step, the browser tests
 * and the bench all use. The Chromium of the npm package is unpacked once (about 2 s, 200 Mo)
 * next to the package, in node_modules/.cache/kit-chromium/<version>/, with the few system
 * libraries it needs (NSS, NSPR, Expat: the package ships them). It runs on the machine's own
 * libraries; only when they are missing does it get the package's.
 */
import { chromium, type Browser } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installedPackage } from '../installed-package.ts';
import { BUNDLED_BROWSER_PACKAGE, CHROMIUM_ARGS, bundledBrowserRuns, describeBrowser, findBrowser, type BrowserChoice, type Env } from './browser.ts';

/** No browser, or one that does not start; the message says what to do, in French. */
export class BrowserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserError';
  }
}

interface BundledPackage {
  entry: string;
  dir: string;
  version: string;
}

function bundledPackage(): BundledPackage | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(BUNDLED_BROWSER_PACKAGE);
  } catch {
    return undefined;
  }
  const installed = installedPackage(BUNDLED_BROWSER_PACKAGE);
  return installed && { entry, ...installed };
}

/** The browser to use on this machine, or a BrowserError saying what to install. */
export function locateBrowser(env: Env = process.env): BrowserChoice {
  const found = findBrowser({
    platform: process.platform,
    env,
    exists: (path) => existsSync(path),
    bundled: bundledBrowserRuns(process.platform, process.arch) && bundledPackage() !== undefined,
  });
  if (found.kind === 'missing') throw new BrowserError(found.error);
  return found;
}

/** What tells browsers apart for the PDF cache: another browser, or another build of it, prints again. */
export function browserIdentity(choice: BrowserChoice): string {
  if (choice.kind === 'bundled') return `${BUNDLED_BROWSER_PACKAGE}@${bundledPackage()!.version}`;
  const stat = statSync(choice.path);
  return `${choice.path}:${stat.size}:${stat.mtimeMs}`;
}

interface Unpacked {
  executable: string;
  libraries: string;
}

/**
 * Unpacks the package's Chromium with the package's own code, in a child process whose TMPDIR is
 * a fresh folder (the package always unpacks into the temporary folder), then renames that folder
 * into place: parallel test workers never see half a browser.
 */
function unpackBundled(): Unpacked {
  const bundled = bundledPackage();
  if (!bundled) throw new BrowserError(`Le paquet npm ${BUNDLED_BROWSER_PACKAGE} n'est pas installé : lancez npm ci.`);
  const target = join(dirname(dirname(bundled.dir)), '.cache', 'kit-chromium', bundled.version);
  const unpacked = { executable: join(target, 'chromium'), libraries: join(target, 'al2023', 'lib') };
  if (existsSync(unpacked.executable) && existsSync(unpacked.libraries)) return unpacked;
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  const script = [
    `const { default: Chromium, inflate } = await import(${JSON.stringify(pathToFileURL(bundled.entry).href)});`,
    'await Chromium.executablePath();',
    `await inflate(${JSON.stringify(join(bundled.dir, 'bin', 'al2023.tar.br'))});`,
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: temporary }, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(join(temporary, 'chromium'))) {
    rmSync(temporary, { recursive: true, force: true });
    throw new BrowserError(`Le Chromium du paquet npm ${BUNDLED_BROWSER_PACKAGE} n'a pas pu être décompressé dans ${dirname(target)} : ${result.stderr || result.error?.message}`);
  }
  try {
    renameSync(temporary, target);
  } catch (error) {
    // Another process unpacked it first: keep its copy.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(unpacked.executable)) throw error;
  }
  return unpacked;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Which browser, for the log: « Chromium 153.0.8010.0 du paquet npm @sparticuz/chromium ». */
  description: string;
}

/** Starts the chosen browser with the project's flags (and `extraArgs`). */
export async function launchBrowser(choice: BrowserChoice = locateBrowser(), extraArgs: string[] = []): Promise<LaunchedBrowser> {
  const unpacked = choice.kind === 'bundled' ? unpackBundled() : undefined;
  const executablePath = unpacked ? unpacked.executable : (choice as Extract<BrowserChoice, { kind: 'path' }>).path;
  const launch = (env?: Record<string, string>) => chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], env });
  try {
    let browser: Browser;
    try {
      browser = await launch();
    } catch (error) {
      // The package's libraries were built for another Linux: a last resort, not the default.
      if (!unpacked || !/error while loading shared libraries/.test((error as Error).message)) throw error;
      browser = await launch(withLibraries(unpacked.libraries));
    }
    return { browser, description: describeBrowser(choice, browser.version()) };
  } catch (error) {
    const reason = (error as Error).message.split('\n').find((line) => line.trim()) ?? String(error);
    throw new BrowserError(`Le navigateur ${executablePath} n'a pas pu démarrer : ${reason}. Indiquez un autre navigateur avec CHROME_PATH.`);
  }
}

/** This process's environment, with `libraries` searched first for shared libraries. */
function withLibraries(libraries: string): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { ...env, LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(delimiter) };
}
