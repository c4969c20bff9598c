/**
 * `npm run polices`: writes src/styles/font-fallback.css, the fallback faces sized like the web
 * font, from the metrics of the font files the site serves. tests/unit/font-fallback.test.ts
 * fails when the file and the font files disagree (after an update of the font package).
 */
import { writeFileSync } from 'node:fs';
import { FALLBACK_CSS_FILE, webFontMetrics } from './polices/web-font.ts';
import { fallbackCss } from '../src/lib/fonts/fallback.ts';

writeFileSync(FALLBACK_CSS_FILE, fallbackCss(await webFontMetrics()));
console.log(`Écrit : ${FALLBACK_CSS_FILE}`);
