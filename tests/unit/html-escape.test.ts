import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, scriptTemplate } from '../../src/lib/html-escape.ts';

const HOSTILE = [
  '</script><script>location.href="https://exemple.org/"</script>',
  '</SCRIPT ><!-- <script>',
  'Frais & « garde d\'enfants » <b>',
  'fin de ligne\u2028et de paragraphe\u2029',
  ']]> --> <![CDATA[',
];

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`"<&>'`)).toBe('&quot;&lt;&amp;&gt;&#39;');
    expect(escapeHtml('Déjà « échappé » : &amp;')).toBe('Déjà « échappé » : &amp;amp;');
  });
});

describe('jsonForScript', () => {
  it.each(HOSTILE)('gives back the same value, with nothing the HTML parser would read: %s', (text) => {
    const value = { libelle: text, liste: [text], [text]: 1 };
    const json = jsonForScript(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    // Read as JavaScript too, the text stays one value.
    expect(new Function(`return ${json};`)()).toEqual(value);
  });

  it('writes the escapes JSON.parse expects', () => {
    expect(jsonForScript('</script>')).toBe('"\\u003c/script\\u003e"');
    expect(jsonForScript('a & b')).toBe('"a \\u0026 b"');
    expect(jsonForScript('\u2028')).toBe('"\\u2028"');
  });

  it('refuses what JSON cannot write rather than writing « undefined »', () => {
    expect(() => jsonForScript(undefined)).toThrow('ne peut pas s\'écrire en JSON');
  });
});

describe('scriptTemplate', () => {
  it('keeps markup that cannot leave its script element', () => {
    const markup = '<li><a href="{{ url }}">{{ title }}</a></li>';
    expect(scriptTemplate(markup)).toBe(markup);
  });

  it.each(['</script>', '</SCRIPT', '<!-- note -->', '<script>'])('refuses markup holding « %s »', (piece) => {
    expect(() => scriptTemplate(`<li>${piece}</li>`)).toThrow('Modèle HTML refusé');
  });
});
