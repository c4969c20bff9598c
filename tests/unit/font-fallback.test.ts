import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackCss, WEB_FONT_FAMILY } from '../../src/lib/fonts/fallback.ts';
import { FALLBACK_CSS_FILE, webFontMetrics } from '../../scripts/polices/web-font.ts';

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
