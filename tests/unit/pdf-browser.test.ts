import { describe, expect, it } from 'vitest';
import { browserCandidates, bundledBrowserRuns, describeBrowser, findBrowser } from '../../src/lib/pdf/browser.ts';

describe('browserCandidates', () => {
  it('looks for Chromium first on Linux, then Chrome and Edge', () => {
    const paths = browserCandidates('linux');
    expect(paths[0]).toBe('/usr/bin/chromium');
    expect(paths).toContain('/usr/bin/google-chrome');
    expect(paths).toContain('/snap/bin/chromium');
  });

  it('looks in /Applications and the user Applications folder on macOS', () => {
    const paths = browserCandidates('darwin', { HOME: '/Users/camille' });
    expect(paths[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Users/camille/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('builds Windows paths from the install folders of the environment, with backslashes', () => {
    const paths = browserCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\c\\AppData\\Local' });
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Users\\c\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths.at(-1)).toMatch(/msedge\.exe$/);
    expect(paths.every((path) => !path.includes('/'))).toBe(true);
  });
});

describe('findBrowser', () => {
  const only = (...existing: string[]) => (path: string) => existing.includes(path);
  const linux = (env: Record<string, string>, exists: (path: string) => boolean, bundled = true) => findBrowser({ platform: 'linux', env, exists, bundled });

  it('takes CHROME_PATH when it exists, whatever else is installed', () => {
    expect(linux({ CHROME_PATH: '/opt/mon-chrome' }, only('/opt/mon-chrome', '/usr/bin/chromium'))).toEqual({ kind: 'path', path: '/opt/mon-chrome', from: 'CHROME_PATH' });
  });

  it('says that CHROME_PATH is wrong instead of silently using another browser', () => {
    const found = linux({ CHROME_PATH: '/opt/absent' }, only('/usr/bin/chromium'));
    expect(found.kind === 'missing' && found.error).toMatch(/CHROME_PATH indique \/opt\/absent/);
  });

  it('takes the first usual path that exists, before the Chromium of the npm package', () => {
    expect(linux({}, only('/usr/bin/google-chrome-stable', '/snap/bin/chromium'))).toEqual({ kind: 'path', path: '/usr/bin/google-chrome-stable', from: 'system' });
  });

  it('falls back on the Chromium of the npm package when the machine has no browser', () => {
    expect(linux({}, only())).toEqual({ kind: 'bundled' });
  });

  it('runs the package’s Chromium on Linux x64 only', () => {
    expect(bundledBrowserRuns('linux', 'x64')).toBe(true);
    expect(bundledBrowserRuns('linux', 'arm64')).toBe(false);
    expect(bundledBrowserRuns('darwin', 'x64')).toBe(false);
    expect(bundledBrowserRuns('win32', 'x64')).toBe(false);
  });

  it('explains in French what to install or set when nothing is found', () => {
    const found = linux({}, only(), false);
    expect(found.kind).toBe('missing');
    const message = found.kind === 'missing' ? found.error : '';
    expect(message).toMatch(/Aucun navigateur Chromium ou Chrome trouvé/);
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/npm ci/);
    expect(message).toMatch(/CHROME_PATH/);
    expect(message).toMatch(/PDF=0/);
    expect(message).toContain('/usr/bin/chromium');
  });

  it('gives the install advice of each platform, and says the npm package’s Chromium is for Linux only', () => {
    for (const [platform, advice] of [['darwin', /Google Chrome ou Chromium/], ['win32', /Microsoft Edge/]] as const) {
      const found = findBrowser({ platform, env: {}, exists: only(), bundled: false });
      expect(found.kind === 'missing' && found.error).toMatch(advice);
      expect(found.kind === 'missing' && found.error).toMatch(/@sparticuz\/chromium\) ne fonctionne que sous Linux x64/);
    }
  });
});

describe('describeBrowser', () => {
  it('says which browser printed, for the build log', () => {
    expect(describeBrowser({ kind: 'bundled' }, '153.0.8010.0')).toBe('Chromium 153.0.8010.0 du paquet npm @sparticuz/chromium');
    expect(describeBrowser({ kind: 'path', path: '/usr/bin/chromium', from: 'system' }, '156.0')).toBe('/usr/bin/chromium (version 156.0, installé sur la machine)');
    expect(describeBrowser({ kind: 'path', path: '/opt/c', from: 'CHROME_PATH' }, '150.0')).toMatch(/indiqué par CHROME_PATH/);
  });
});
