import { fromFile } from '@capsizecss/unpack/fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontMetrics } from '../../src/lib/fonts/fallback.ts';

export const FALLBACK_CSS_FILE = 'src/styles/font-fallback.css';
export const WEB_FONT_CSS_FILE = 'src/styles/web-font.css';
export const WEB_FONT_PACKAGE = '@fontsource-variable/atkinson-hyperlegible-next';

const packageCssPath = () => createRequire(import.meta.url).resolve(`${WEB_FONT_PACKAGE}/index.css`);

/** The font package's own stylesheet: its faces, files and unicode ranges. */
export function webFontPackageCss(): string {
  return readFileSync(packageCssPath(), 'utf8');
}

/** The Latin file of the self-hosted font: the one nearly every page of the kit draws with. */
export async function webFontMetrics(): Promise<FontMetrics> {
  return fromFile(join(dirname(packageCssPath()), 'files', 'atkinson-hyperlegible-next-latin-wght-normal.woff2'));
}
