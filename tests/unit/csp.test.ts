import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, SEARCH_PAGE_CSP, moveCspMetaFirst } from '../../src/lib/csp.ts';
import { parseCsp } from '../helpers/csp.ts';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x=';">`;

describe('moveCspMetaFirst', () => {
  it('puts the policy right after the charset, before what it must cover', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><link rel="icon" href="/f.svg">${META}<style>p{}</style></head><body></body></html>`;
    expect(moveCspMetaFirst(page)).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${META}<title>T</title><link rel="icon" href="/f.svg"><style>p{}</style></head><body></body></html>`);
  });

  it('leaves a page without policy or without charset as it is, and is idempotent', () => {
    const bare = '<html><head><meta charset="utf-8"><title>T</title></head></html>';
    expect(moveCspMetaFirst(bare)).toBe(bare);
    const noCharset = `<html><head><title>T</title>${META}</head></html>`;
    expect(moveCspMetaFirst(noCharset)).toBe(noCharset);
    const once = moveCspMetaFirst(`<head><meta charset="utf-8"><title>T</title>${META}</head>`);
    expect(moveCspMetaFirst(once)).toBe(once);
  });
});

describe('the directives', () => {
  it('name each directive once and never open scripts to inline code or eval', () => {
    const { policy, repeated } = parseCsp(CSP_DIRECTIVES.join(';'));
    expect(repeated).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect([...CSP_DIRECTIVES, ...SEARCH_PAGE_CSP.scriptResources].join(' ')).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
    // Astro replaces script-src's 'self' by the resources of the page: it must stay there.
    expect(SEARCH_PAGE_CSP.scriptResources).toContain("'self'");
  });
});
