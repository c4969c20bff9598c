import { describe, expect, it } from 'vitest';
import { median, moduleGraph, pageAssets, staticImports } from '../../src/lib/bench/assets.ts';

describe('pageAssets', () => {
  it('finds stylesheets, scripts, preloads and island modules', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/p.js"></script>
      <link rel="modulepreload" href="/_astro/m.js"><astro-island component-url="/_astro/I.js" renderer-url="/_astro/client.js"></astro-island>
      <script src="https://cdn.example/x.js"></script>`;
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/p.js', '/_astro/m.js', '/_astro/I.js', '/_astro/client.js'] });
  });
  it('finds nothing on a page without assets', () => {
    expect(pageAssets('<p>texte</p>')).toEqual({ css: [], js: [] });
  });
});

describe('moduleGraph', () => {
  it('follows static imports once each, ignoring dynamic ones and bare packages', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import{x}from"./b.js";import "./c.js";import("./lazy.js");import r from "react";',
      '/_astro/b.js': 'export*from"./c.js";',
      '/_astro/c.js': 'console.log(1)',
    };
    expect(moduleGraph(['/_astro/a.js'], (p) => files[p]).sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js']);
    expect(staticImports(files['/_astro/a.js']!)).toEqual(['./b.js', './c.js']);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
