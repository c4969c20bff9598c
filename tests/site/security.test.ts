import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, listFiles, requireBuild } from '../helpers/dist.ts';

requireBuild(DIST);
const TEXT_FILES = listFiles(DIST).filter((file) => /\.(html|js|mjs|css|json|xml|txt|svg)$/.test(file));
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

/** Local paths and credentials that must never reach a public build. */
const LEAKS: [string, RegExp][] = [
  ['chemin local', new RegExp(`${process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|/home/[a-z]|/root/|/Users/[A-Za-z]|file:///|[A-Z]:\\\\(Users|work)`)],
  ['clé privée', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['jeton GitHub', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['jeton npm', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['clé AWS', /\bAKIA[0-9A-Z]{16}\b/],
  ['jeton Slack', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
];

function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe('a build safe to publish', () => {
  it('holds no local path or secret', () => {
    const found = TEXT_FILES.flatMap((file) => leaksIn(read(file)).map((leak) => `${file}: ${leak}`));
    expect(found).toEqual([]);
  });

  it('the leak finder does find a planted path and token (guards the test above)', () => {
    expect(leaksIn(`chargé depuis ${process.cwd()}/src/pages/index.astro`)).toEqual(['chemin local']);
    expect(leaksIn('token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toEqual(['jeton GitHub']);
    expect(leaksIn('Voir https://www.legifrance.gouv.fr/')).toEqual([]);
  });

  it('opens every outside link with rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const file of TEXT_FILES.filter((f) => f.endsWith('.html'))) {
      for (const [tag] of read(file).matchAll(/<a\b[^>]*href="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
        const rel = tag.match(/\brel="([^"]*)"/)?.[1]?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${file}: ${tag}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
