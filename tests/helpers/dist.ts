import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build under test; TEST_DIST lets a developer test a build made with OUT_DIR elsewhere. */
export const DIST = join(process.cwd(), process.env.TEST_DIST || 'dist');
export const SUBPATH_DIST = join(process.cwd(), '.tmp', 'dist-subpath');
export const SUBPATH_BASE = '/kit-participation/';

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} n'existe pas : lancez « npm test », qui construit le site avant les tests.`);
  }
}

/** Every file of a build, as paths relative to its root with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Site paths (`/fiches/x/`) of every HTML page in a build. */
export function htmlPages(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`.replace(/index\.html$/, ''));
}

export function readPage(dir: string, sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(join(dir, file), 'utf8');
}
