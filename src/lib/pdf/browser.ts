/**
 * Which Chromium-based browser prints the PDFs and runs the browser tests, in this order:
 * `CHROME_PATH`, then a Chromium, Chrome or Edge installed on the machine, then the Chromium
 * shipped inside the npm package @sparticuz/chromium (Linux x64 only: the binary is in the
 * package, nothing is downloaded). Pure: the caller says which files exist and whether the
 * package is installed.
 */
import { join } from 'node:path';

export type Platform = 'linux' | 'darwin' | 'win32' | string;
export type Env = Record<string, string | undefined>;

/** The npm package whose Chromium is used when the machine has none. */
export const BUNDLED_BROWSER_PACKAGE = '@sparticuz/chromium';

/** Flags for a closed network: no update, sync or background request; no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The usual install paths, most likely first, for one platform. */
export function browserCandidates(platform: Platform, env: Env = {}): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const roots = ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => `${root}/${app}`));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    // Node's join would use the separator of the machine running the tests; Windows wants `\`.
    return apps.flatMap((app) => roots.map((root) => `${root.replace(/\\+$/, '')}\\${app}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

/** The package's Chromium is a Linux x64 build: elsewhere it cannot run. */
export function bundledBrowserRuns(platform: Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

export type BrowserChoice =
  | { kind: 'path'; path: string; from: 'CHROME_PATH' | 'system' }
  | { kind: 'bundled' };
export type BrowserLookup = BrowserChoice | { kind: 'missing'; error: string };

export interface LookupMachine {
  platform: Platform;
  env: Env;
  exists: (path: string) => boolean;
  /** The package's Chromium can run here: Linux x64, and the package is installed. */
  bundled: boolean;
}

/**
 * `CHROME_PATH` when set (and then only it: a wrong path is an error, not a silent fallback),
 * otherwise the first usual path that exists, otherwise the package's Chromium.
 */
export function findBrowser({ platform, env, exists, bundled }: LookupMachine): BrowserLookup {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    return exists(chosen)
      ? { kind: 'path', path: chosen, from: 'CHROME_PATH' }
      : { kind: 'missing', error: `CHROME_PATH indique ${chosen}, mais ce fichier n'existe pas. Corrigez le chemin de Chromium ou de Chrome, ou retirez la variable pour chercher aux emplacements habituels.` };
  }
  const candidates = browserCandidates(platform, env);
  const found = candidates.find((path) => exists(path));
  if (found) return { kind: 'path', path: found, from: 'system' };
  if (bundled) return { kind: 'bundled' };
  return { kind: 'missing', error: missingBrowserMessage(platform, candidates) };
}

/** « Chromium 153.0.8010.0 du paquet npm @sparticuz/chromium », for the build's log. */
export function describeBrowser(choice: BrowserChoice, version: string): string {
  if (choice.kind === 'bundled') return `Chromium ${version} du paquet npm ${BUNDLED_BROWSER_PACKAGE}`;
  const where = choice.from === 'CHROME_PATH' ? 'indiqué par CHROME_PATH' : 'installé sur la machine';
  return `${choice.path} (version ${version}, ${where})`;
}

function installHint(platform: Platform): string {
  if (platform === 'darwin') return 'installez Google Chrome ou Chromium (brew install --cask chromium)';
  if (platform === 'win32') return 'installez Google Chrome (Microsoft Edge convient aussi)';
  return 'installez Chromium (Debian, Ubuntu : sudo apt-get install chromium) ou Google Chrome';
}

/** What to do, in French, when no browser was found. */
export function missingBrowserMessage(platform: Platform, tried: string[]): string {
  const bundled =
    platform === 'linux'
      ? `Sous Linux x64, le Chromium du paquet npm ${BUNDLED_BROWSER_PACKAGE} sert quand la machine n'en a pas : lancez npm ci s'il manque.`
      : `Le Chromium fourni par npm (${BUNDLED_BROWSER_PACKAGE}) ne fonctionne que sous Linux x64.`;
  return [
    'Aucun navigateur Chromium ou Chrome trouvé pour fabriquer les PDF.',
    `Pour les produire, ${installHint(platform)}, ou indiquez le chemin du navigateur dans la variable CHROME_PATH (par exemple CHROME_PATH=/chemin/vers/chrome npm run build).`,
    bundled,
    'Pour construire le site sans les PDF : PDF=0 npm run build.',
    `Emplacements essayés : ${tried.join(', ')}.`,
  ].join('\n');
}
