import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, missingBrowserMessage } from '../../src/lib/pdf/browser.ts';

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

  it('takes CHROME_PATH when it exists, whatever else is installed', () => {
    expect(findBrowser('linux', { CHROME_PATH: '/opt/mon-chrome' }, only('/opt/mon-chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/mon-chrome' });
  });

  it('says that CHROME_PATH is wrong instead of silently using another browser', () => {
    const found = findBrowser('linux', { CHROME_PATH: '/opt/absent' }, only('/usr/bin/chromium'));
    expect('error' in found && found.error).toMatch(/CHROME_PATH indique \/opt\/absent/);
  });

  it('takes the first usual path that exists', () => {
    expect(findBrowser('linux', {}, only('/usr/bin/google-chrome-stable', '/snap/bin/chromium'))).toEqual({ path: '/usr/bin/google-chrome-stable' });
  });

  it('explains in French what to install or set when nothing is found', () => {
    const found = findBrowser('linux', {}, only());
    expect('error' in found).toBe(true);
    const message = 'error' in found ? found.error : '';
    expect(message).toMatch(/Aucun navigateur Chromium ou Chrome trouvé/);
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/CHROME_PATH/);
    expect(message).toMatch(/PDF=0/);
    expect(message).toContain('/usr/bin/chromium');
  });

  it('gives the install advice of each platform', () => {
    expect(missingBrowserMessage('darwin', [])).toMatch(/Google Chrome ou Chromium/);
    expect(missingBrowserMessage('win32', [])).toMatch(/Microsoft Edge/);
  });
});
