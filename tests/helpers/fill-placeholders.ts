import { PLACEHOLDER } from '../../src/lib/content/placeholders.ts';

/** What a contributor would choose in a scaffolded file: real ids of the kit, plausible values. */
export const CONTRIBUTOR_VALUES: Record<string, string[]> = {
  obstacles: ['manque-de-temps'],
  outils: ['liste-logistique', 'trame-reunion'],
  fichesLiees: ['animer-une-reunion'],
  references: ['dgcs-kit-2016', 'cnle-2011-recommandations'],
  fiches: ['animer-une-reunion'],
  phases: ['pendant'],
  auteurs: ['Une institution publique'],
  type: ['methode'],
  rubrique: ['dynamique-collective'],
  echelle: ['locale'],
  famille: ['moyens'],
  annee: ['2016'],
  objection: ['« On ne sait pas par où commencer. »'],
};

// Short sentences, as the kit asks: a header text of about 66 words, a body paragraph of about
// 250, enough for every length rule of the verifier.
const SENTENCE = "Ce texte dit avec des mots simples ce qui compte pour les personnes.";
const LONG = Array(6).fill(SENTENCE).join(' ');
const PARAGRAPH = Array(22).fill(SENTENCE).join(' ');

/**
 * Does what a contributor does with a scaffolded file: replaces every « À REMPLIR » by real
 * text. `values` gives, per YAML key, the values to use in order (ids for lists, one value
 * for a scalar such as `type`).
 */
export function fillPlaceholders(text: string, values: Record<string, string[]>): string {
  const used = new Map<string, number>();
  const take = (key: string) => {
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    const value = values[key]?.[index];
    if (value === undefined) throw new Error(`fillPlaceholders : pas de valeur n° ${index + 1} pour « ${key} »`);
    return value;
  };
  let key = '';
  let facteur = 0;
  let inFrontmatter = false;
  let separators = 0;
  return text
    .split('\n')
    .map((line, index, lines) => {
      if (line === '---') {
        separators++;
        inFrontmatter = separators === 1;
      }
      const keyMatch = line.match(/^\s*(?:- )?([A-Za-z]+):/);
      if (keyMatch) key = keyMatch[1]!;
      if (!line.includes(PLACEHOLDER)) return line;
      const indent = line.match(/^\s*/)![0];
      if (inFrontmatter || (separators === 0 && /^\s*(- )?\w+:|^\s+- "/.test(line)) || (separators === 0 && lines[index - 1]?.endsWith('>-'))) {
        if (key === 'texte') return `${indent}texte: Un point à vérifier numéro ${++facteur}, écrit en une phrase.`;
        if (lines[index - 1]?.endsWith('>-')) return `${indent}${LONG}`;
        const scalar = line.match(/^(\s*)(\w+): "/);
        if (scalar) return `${scalar[1]}${scalar[2]}: ${values[scalar[2]!] ? take(scalar[2]!) : 'Un texte court et précis'}`;
        if (/^\s*- "/.test(line)) return `${indent}- ${take(key)}`;
        throw new Error(`fillPlaceholders : ligne non reconnue « ${line} »`);
      }
      const step = line.match(/^(\d+)\. \*\*[^*]*\*\*/);
      if (step) return `${step[1]}. **Étape ${step[1]}.** Qui fait quoi, quand, avec quoi.`;
      if (/^\s*- /.test(line)) return `${indent}- Un point d'attention concret et utile.`;
      // The guidance asks to present outils with <LienOutil />: a contributor does so.
      if (line.includes('<LienOutil')) return `${PARAGRAPH} ${(values.outils ?? []).map((id) => `Voir <LienOutil id="${id}" />.`).join(' ')}`;
      return PARAGRAPH;
    })
    .join('\n');
}
