import { fromFile } from '@capsizecss/unpack/fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontMetrics } from '../../src/lib/fonts/fallback.ts';

export const FALLBACK_CSS_FILE = 'src/styles/font-fallback.css';

/** The Latin file of the self-hosted font: the one nearly every page of the kit draws with. */
export async function webFontMetrics(): Promise<FontMetrics> {
  const entry = createRequire(import.meta.url).resolve('@fontsource-variable/atkinson-hyperlegible-next/index.css');
  return fromFile(join(dirname(entry), 'files', 'atkinson-hyperlegible-next-latin-wght-normal.woff2'));
}
