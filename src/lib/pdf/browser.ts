/**
 * Where to find a Chromium-based browser already installed on the machine. The project never
 * downloads one: the PDFs are printed by the system's Chromium, Chrome or Edge.
 */
import { join } from 'node:path';

export type Platform = 'linux' | 'darwin' | 'win32' | string;
export type Env = Record<string, string | undefined>;

/** Flags for printing in a closed network: no update, sync or background request. */
export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

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

export type BrowserLookup = { path: string } | { error: string };

/** `CHROME_PATH` when set (and then only it), otherwise the first usual path that exists. */
export function findBrowser(platform: Platform, env: Env, exists: (path: string) => boolean): BrowserLookup {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    return exists(chosen)
      ? { path: chosen }
      : { error: `CHROME_PATH indique ${chosen}, mais ce fichier n'existe pas. Corrigez le chemin de Chromium ou de Chrome, ou retirez la variable pour chercher aux emplacements habituels.` };
  }
  const candidates = browserCandidates(platform, env);
  const found = candidates.find((path) => exists(path));
  return found ? { path: found } : { error: missingBrowserMessage(platform, candidates) };
}

function installHint(platform: Platform): string {
  if (platform === 'darwin') return 'installez Google Chrome ou Chromium (brew install --cask chromium)';
  if (platform === 'win32') return 'installez Google Chrome (Microsoft Edge convient aussi)';
  return 'installez Chromium (Debian, Ubuntu : sudo apt-get install chromium) ou Google Chrome';
}

/** What to do, in French, when no browser was found. */
export function missingBrowserMessage(platform: Platform, tried: string[]): string {
  return [
    'Aucun navigateur Chromium ou Chrome trouvé pour fabriquer les PDF.',
    `Pour les produire, ${installHint(platform)}, ou indiquez le chemin du navigateur dans la variable CHROME_PATH (par exemple CHROME_PATH=/chemin/vers/chrome npm run build).`,
    'Pour construire le site sans les PDF : PDF=0 npm run build.',
    `Emplacements essayés : ${tried.join(', ')}.`,
  ].join('\n');
}
