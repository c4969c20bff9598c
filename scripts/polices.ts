/**
 * `npm run polices`: writes the two generated stylesheets of the kit's font, from the font package
 * the site serves: src/styles/web-font.css, the font's faces (`font-display: optional`), and
 * src/styles/font-fallback.css, the fallback faces sized like it. tests/unit/font-fallback.test.ts
 * fails when a file and the package disagree (after an update of the font package).
 */
import { writeFileSync } from 'node:fs';
import { FALLBACK_CSS_FILE, WEB_FONT_CSS_FILE, WEB_FONT_PACKAGE, webFontMetrics, webFontPackageCss } from './polices/web-font.ts';
import { fallbackCss } from '../src/lib/fonts/fallback.ts';
import { webFontFacesCss } from '../src/lib/fonts/web-font-faces.ts';

writeFileSync(WEB_FONT_CSS_FILE, webFontFacesCss(webFontPackageCss(), WEB_FONT_PACKAGE));
console.log(`Écrit : ${WEB_FONT_CSS_FILE}`);
writeFileSync(FALLBACK_CSS_FILE, fallbackCss(await webFontMetrics()));
console.log(`Écrit : ${FALLBACK_CSS_FILE}`);
