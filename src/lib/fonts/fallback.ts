/**
 * Fallback faces sized like the kit's web font, so that text takes the same room before and after
 * the font arrives (no layout shift). The metrics of the web font are read from its own files
 * (scripts/polices.ts); those of the local fonts come from Capsize's metrics collection.
 */
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';

/** The family name that @fontsource-variable/atkinson-hyperlegible-next declares. */
export const WEB_FONT_FAMILY = 'Atkinson Hyperlegible Next Variable';

export interface FontMetrics {
  familyName: string;
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

interface LocalFont {
  /** Name given to the sized face in the font stack. */
  family: string;
  metrics: FontMetrics;
  /** Names `local()` finds the font by, regular then bold (full name and PostScript name). */
  regular: string[];
  bold: string[];
}

/**
 * DejaVu Sans 2.37, which Capsize's collection lacks: read from Debian's fonts-dejavu-core with
 * @capsizecss/unpack (`fromFile`, DejaVuSans.ttf). Fixed here, not read at build time, so that the
 * stylesheet is the same on every machine.
 */
const DEJAVU_SANS: FontMetrics = { familyName: 'DejaVu Sans', ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 };

/**
 * Roboto first (Android phones), then Arial and Liberation Sans, which share Arial's metrics
 * (Windows, macOS, iOS, Linux desktops with Liberation), then DejaVu Sans, the sans-serif of Linux
 * systems that have no other font (a bare machine running the tests has only DejaVu).
 */
const LOCAL_FONTS: LocalFont[] = [
  { family: 'Kit fallback Roboto', metrics: roboto, regular: ['Roboto', 'Roboto Regular', 'Roboto-Regular'], bold: ['Roboto Bold', 'Roboto-Bold'] },
  {
    family: 'Kit fallback Arial',
    metrics: arial,
    regular: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans'],
    bold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold'],
  },
  { family: 'Kit fallback DejaVu', metrics: DEJAVU_SANS, regular: ['DejaVu Sans', 'DejaVuSans'], bold: ['DejaVu Sans Bold', 'DejaVuSans-Bold'] },
];

/** The web font, then the sized faces, then whatever the system has. */
const FONT_STACK = [`'${WEB_FONT_FAMILY}'`, ...LOCAL_FONTS.map((font) => `'${font.family}'`), 'system-ui', 'sans-serif'].join(', ');

const local = (names: string[]) => names.map((name) => `local('${name}')`).join(', ');

/** The overrides Capsize computes for one local font, as `descriptor: value;` lines. */
function overrides(webFont: FontMetrics, font: LocalFont): string[] {
  const { fontFaces } = createFontStack([webFont, { ...font.metrics, familyName: font.family }], { fontFaceFormat: 'styleObject' });
  const face = fontFaces[0]!['@font-face'];
  const lines: string[] = [];
  if (face.ascentOverride) lines.push(`ascent-override: ${face.ascentOverride};`);
  if (face.descentOverride) lines.push(`descent-override: ${face.descentOverride};`);
  if (face.lineGapOverride) lines.push(`line-gap-override: ${face.lineGapOverride};`);
  if (face.sizeAdjust) lines.push(`size-adjust: ${face.sizeAdjust};`);
  return lines;
}

/** The stylesheet of the sized fallback faces, regular and bold, for the web font's metrics. */
export function fallbackCss(webFont: FontMetrics): string {
  const faces = LOCAL_FONTS.flatMap((font) => {
    const sizing = overrides(webFont, font);
    return [
      ['400', font.regular],
      ['700', font.bold],
    ].map(([weight, names]) => [`@font-face {`, `  font-family: '${font.family}';`, `  src: ${local(names as string[])};`, `  font-weight: ${weight};`, ...sizing.map((line) => `  ${line}`), '}'].join('\n'));
  });
  return [
    '/* Produit par « npm run polices » (scripts/polices.ts) : ne pas modifier à la main. */',
    ...faces,
    `:root { --font-body: ${FONT_STACK}; }`,
    '',
  ].join('\n');
}
