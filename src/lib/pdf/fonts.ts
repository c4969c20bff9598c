/**
 * The kit's font on paper. Chromium's PDF backend turns a variable font into nameless Type 3
 * glyph procedures; static instances are embedded as real, named TrueType fonts (subsets), which
 * readers, search and screen readers handle better. The PDFs are therefore printed with the
 * static files of @fontsource/atkinson-hyperlegible-next, the same design as the site's variable
 * font, each embedded as data: nothing is fetched and no system font is ever used.
 */

export const PRINT_FONT_PACKAGE = '@fontsource/atkinson-hyperlegible-next';
/** The family name inside the printed pages and their running header and footer. */
export const PRINT_FONT_FAMILY = 'KitPdf';

export interface PrintFace {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** The font's PostScript name, as a PDF lists it (after its subset tag « ABCDEF+ »). */
  postscriptName: string;
}

/** Regular, italic, bold, bold italic: every weight the stylesheets print maps to one of them. */
export const PRINT_FACES: readonly PrintFace[] = [
  { weight: 400, style: 'normal', postscriptName: 'AtkinsonHyperlegibleNext-Regular' },
  { weight: 400, style: 'italic', postscriptName: 'AtkinsonHyperlegibleNext-Italic' },
  { weight: 700, style: 'normal', postscriptName: 'AtkinsonHyperlegibleNext-Bold' },
  { weight: 700, style: 'italic', postscriptName: 'AtkinsonHyperlegibleNext-BoldItalic' },
];

/** The regular face alone: the running header and footer need nothing else. */
export const TEMPLATE_FACES: readonly PrintFace[] = PRINT_FACES.filter((face) => face.weight === 400 && face.style === 'normal');

/** Character sets of the package (its unicode.json): French needs latin, names and titles may need latin-ext. */
export const PRINT_SUBSETS = ['latin', 'latin-ext'] as const;
export type PrintSubset = (typeof PRINT_SUBSETS)[number];

/** The woff2 file of one face and subset, as a module specifier. */
export function printFontFile(face: PrintFace, subset: PrintSubset): string {
  return `${PRINT_FONT_PACKAGE}/files/atkinson-hyperlegible-next-${subset}-${face.weight}-${face.style}.woff2`;
}

export interface LoadedFace {
  face: PrintFace;
  unicodeRange: string;
  woff2: Uint8Array;
}

/** `@font-face` rules of the print family, each file as a data URL. */
export function printFontFaceCss(faces: readonly LoadedFace[]): string {
  return faces
    .map(({ face, unicodeRange, woff2 }) => {
      const data = Buffer.from(woff2).toString('base64');
      return `@font-face{font-family:${PRINT_FONT_FAMILY};src:url(data:font/woff2;base64,${data}) format('woff2');font-weight:${face.weight};font-style:${face.style};unicode-range:${unicodeRange}}`;
    })
    .join('');
}

/** Every element of the printed page in the print family: no fallback font can be picked by a stylesheet. */
export const PRINT_FONT_RULE = `*{font-family:${PRINT_FONT_FAMILY} !important}`;
