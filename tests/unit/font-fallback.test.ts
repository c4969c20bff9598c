import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackCss, WEB_FONT_FAMILY } from '../../src/lib/fonts/fallback.ts';
import { webFontFacesCss } from '../../src/lib/fonts/web-font-faces.ts';
import { FALLBACK_CSS_FILE, WEB_FONT_CSS_FILE, WEB_FONT_PACKAGE, webFontMetrics, webFontPackageCss } from '../../scripts/polices/web-font.ts';

describe('fallback faces sized like the web font', () => {
  it('the committed stylesheet is the one computed from the font files the site serves', async () => {
    expect(readFileSync(FALLBACK_CSS_FILE, 'utf8')).toBe(fallbackCss(await webFontMetrics()));
  });

  it('scales the fallback by the ratio of average widths and sets the web font’s ascent and descent', () => {
    const css = fallbackCss({ familyName: 'X', ascent: 900, descent: -300, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 });
    const arialFace = css.split('@font-face').find((face) => face.includes("local('Liberation Sans')"))!;
    // Arial's average width is 913 units of 2048 (Capsize): 500/1000 ÷ 913/2048 ≈ 112.16 %.
    expect(arialFace).toMatch(/size-adjust: 112\.1\d+%/);
    // The ascent is divided by the size adjustment so that the line box keeps the web font's height.
    const size = Number(/size-adjust: ([\d.]+)%/.exec(arialFace)![1]) / 100;
    expect(Number(/ascent-override: ([\d.]+)%/.exec(arialFace)![1]) / 100).toBeCloseTo(0.9 / size, 3);
    expect(Number(/descent-override: ([\d.]+)%/.exec(arialFace)![1]) / 100).toBeCloseTo(0.3 / size, 3);
  });

  it('the font stack names the web font first, then every sized face it declares', () => {
    const css = fallbackCss({ familyName: 'X', ascent: 900, descent: -300, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500 });
    const stack = /--font-body: ([^;]+);/.exec(css)![1]!;
    expect(stack.startsWith(`'${WEB_FONT_FAMILY}'`)).toBe(true);
    const declared = [...new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]))];
    for (const family of declared) expect(stack).toContain(`'${family}'`);
  });
});

describe('the web font’s own faces', () => {
  it('the committed stylesheet is the font package’s, with font-display: optional', () => {
    expect(readFileSync(WEB_FONT_CSS_FILE, 'utf8')).toBe(webFontFacesCss(webFontPackageCss(), WEB_FONT_PACKAGE));
  });

  it('never swaps the font in late, and addresses the files through the package', () => {
    const css = webFontFacesCss(webFontPackageCss(), WEB_FONT_PACKAGE);
    const faces = css.split('@font-face').length - 1;
    expect(faces).toBeGreaterThan(0);
    expect(css.match(/font-display: optional;/g)).toHaveLength(faces);
    expect(css).not.toContain('swap');
    expect(css.match(new RegExp(`url\\(${WEB_FONT_PACKAGE}/files/[^)]+\\.woff2\\)`, 'g'))).toHaveLength(faces);
    expect(css).toContain(`font-family: '${WEB_FONT_FAMILY}'`);
  });

  it('refuses a package stylesheet of another shape rather than half-apply the change', () => {
    const face = (display: string, src: string) => `@font-face { font-family: 'X'; font-display: ${display}; src: url(${src}) format('woff2'); }`;
    expect(() => webFontFacesCss(face('swap', './files/x.woff2'), 'p')).not.toThrow();
    expect(() => webFontFacesCss(face('block', './files/x.woff2'), 'p')).toThrow(/a changé de forme/);
    expect(() => webFontFacesCss(face('swap', 'https://cdn.example.org/x.woff2'), 'p')).toThrow(/a changé de forme/);
    expect(() => webFontFacesCss('', 'p')).toThrow(/0 @font-face/);
  });
});
