import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/lib/site/files.ts';

export { listFiles };

/** The build under test; TEST_DIST lets a developer test a build made with OUT_DIR elsewhere. */
export const DIST = join(process.cwd(), process.env.TEST_DIST || 'dist');
export const SUBPATH_DIST = join(process.cwd(), '.tmp', 'dist-subpath');
export const SUBPATH_BASE = '/kit-participation/';

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} n'existe pas : lancez « npm test », qui construit le site avant les tests.`);
  }
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
