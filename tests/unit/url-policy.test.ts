import { describe, expect, it } from 'vitest';
import { classifyImageUrl, classifyMediaUrl, classifyUrl, hostOf } from '../../src/lib/url-policy.ts';

describe('classifyUrl', () => {
  it.each([
    ['https://www.legifrance.gouv.fr/x', 'external'],
    ['http://exemple.org', 'external'],
    ['mailto:contact@exemple.org', 'mailto'],
    ['/fiches/animer-une-reunion/', 'site'],
    ['/fiches/animer-une-reunion/#comment-proceder', 'site'],
    ['#pourquoi', 'anchor'],
  ])('accepts %s as %s', (url, kind) => {
    expect(classifyUrl(url)).toMatchObject({ ok: true, kind });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'tel:+33100000000',
    '//evil.example/x',
    '\\\\evil.example/path',
    '/\\evil.example',
    '\\/evil.example',
    'https://user:pass@evil.example',
    'fiches/x/',
    '../../etc/passwd',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(classifyUrl(url).ok).toBe(false);
  });

  it('gives the path of a site address without its fragment', () => {
    expect(classifyUrl('/outils/x/?a=1#b')).toEqual({ ok: true, kind: 'site', path: '/outils/x/' });
  });
});

describe('classifyImageUrl', () => {
  it('accepts a file of the site under /images/', () => {
    expect(classifyImageUrl('/images/carte.png').ok).toBe(true);
  });
  it.each(['https://exemple.org/a.png', './a.png', '../../../package.json', '/favicon.svg', '/images/../secret.png'])('refuses %s', (url) => {
    expect(classifyImageUrl(url).ok).toBe(false);
  });
});

describe('classifyMediaUrl', () => {
  it('accepts a file of the site under /medias/ with an expected extension', () => {
    expect(classifyMediaUrl('/medias/reunion.mp4', ['mp4', 'webm'])).toMatchObject({ ok: true, kind: 'site' });
    expect(classifyMediaUrl('/medias/reunion.VTT', ['vtt']).ok).toBe(true);
  });
  it.each([
    ['https://www.youtube.com/embed/x', ['mp4']],
    ['//player.example.org/x.mp4', ['mp4']],
    ['/images/reunion.mp4', ['mp4']],
    ['/medias/../secret.mp4', ['mp4']],
    ['/medias/reunion.srt', ['vtt']],
    ['medias/reunion.mp4', ['mp4']],
  ] as const)('refuses %s', (url, extensions) => {
    expect(classifyMediaUrl(url, extensions).ok).toBe(false);
  });
});

describe('hostOf', () => {
  it('names the site a link leads to, without « www. »', () => {
    expect(hostOf('https://www.allocine.fr/film/x.html')).toBe('allocine.fr');
    expect(hostOf('http://unheard-voices.org/a-propos/?lang=fr')).toBe('unheard-voices.org');
  });
});
