/**
 * The web font's own faces, as the site declares them: those of the font package, with one change.
 * The package asks for `font-display: swap`: text drawn first in a fallback face, then laid out and
 * painted again when the font arrives, which on a slow phone network is seconds later, mid-reading.
 * `optional` keeps the font only if it is there at once (a preloaded font gets a short wait, about
 * 100 ms): from the cache on every page after the first, and on the first page too on a good
 * network. It never swaps the font in later: the first page of a slow first visit is read in the
 * sized fallback face from start to end, while the font downloads for the pages that follow.
 */

export const WEB_FONT_DISPLAY = 'optional';

/**
 * The package's stylesheet (`index.css`), its files addressed through the package so that the
 * bundler serves them, with `font-display: optional`. Throws if the stylesheet no longer has the
 * shape this relies on, so that an update of the package is looked at, not silently half-applied.
 */
export function webFontFacesCss(packageCss: string, packageName: string): string {
  const faces = packageCss.split('@font-face').length - 1;
  const displays = packageCss.match(/font-display:\s*swap;/g)?.length ?? 0;
  const files = packageCss.match(/url\(\.\/files\//g)?.length ?? 0;
  if (faces === 0 || displays !== faces || files !== faces) {
    throw new Error(`La feuille de ${packageName} a changé de forme : ${faces} @font-face, ${displays} « font-display: swap », ${files} url(./files/…). Attendu : autant de chacun.`);
  }
  const css = packageCss.replace(/font-display:\s*swap;/g, `font-display: ${WEB_FONT_DISPLAY};`).replace(/url\(\.\/files\//g, `url(${packageName}/files/`);
  return [`/* Produit par « npm run polices » (scripts/polices.ts) depuis ${packageName} : ne pas modifier à la main. */`, css.trim(), ''].join('\n');
}
