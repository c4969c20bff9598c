/**
 * The editorial rules of the kit live in the verifier (src/lib/content/editorial-rules.ts).
 * Here: the real kit breaks none of them; each rule can fail, on a copy of the real kit broken
 * the way a contributor could break it, with its file, its line and a French message; and
 * CONTRIBUTING.md lists exactly these rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITORIAL_RULES } from '../../src/lib/content/editorial-rules.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent, type SourceFile } from '../../src/lib/content/verify.ts';

const content = readContentTree(process.cwd());
const firstFiche = content.filter((f) => f.path.startsWith('content/fiches/')).sort((a, b) => a.path.localeCompare(b.path))[0]!.path;
const firstOutil = content.filter((f) => f.path.startsWith('content/outils/')).sort((a, b) => a.path.localeCompare(b.path))[0]!.path;

/** The real kit with one file changed. */
function edited(path: string, change: (text: string) => string): SourceFile[] {
  return content.map((f) => {
    if (f.path !== path) return f;
    const text = change(f.text);
    if (text === f.text) throw new Error(`${path} : la modification n'a rien changé, le cas ne prouverait rien`);
    return { ...f, text };
  });
}

/** Replaces the block scalar under `key:` (the first one) with a short text. */
const shortBlock = (key: string, value: string) => (text: string) =>
  text.replace(new RegExp(`^([ -]*)${key}: >-\\n(?:\\1 +\\S.*\\n)+`, 'm'), (_, indent: string) => `${indent}${key}: >-\n${' '.repeat(indent.length + 2)}${value}\n`);
const rubric = (title: string) => (text: string) => text.replace(new RegExp(`(## ${title.replace('?', '\\?')}\\n)[\\s\\S]*?(?=\\n## )`), '$1\nUne phrase seulement.\n');

const CASES: [label: string, files: SourceFile[], expected: RegExp][] = [
  ['essentiel court', edited(firstFiche, shortBlock('essentiel', 'Cette fiche aide une équipe à préparer sa démarche avec les personnes concernées, pas à pas, sans jargon ni détour inutile.')), /^content\/fiches\/\S+:\d+ — « L'essentiel » compte 21 mots : entre 40 et 90 attendus$/],
  ['rubrique courte', edited(firstFiche, rubric('Pourquoi cette démarche ?')), /^content\/fiches\/\S+:\d+ — la rubrique « Pourquoi cette démarche \? » compte 3 mots : au moins 150 attendus$/],
  ['étapes non numérotées', edited(firstFiche, (t) => t.replace(/^(\d+)\. /gm, '- ')), /^content\/fiches\/\S+:\d+ — « Comment procéder \? » donne 0 étape\(s\) numérotée\(s\) : au moins 4 attendues$/],
  ['outils non présentés', edited(firstFiche, (t) => t.replaceAll('<LienOutil', '<LienFiche id="animer-une-reunion" data-x')), /— « Quels sont les outils disponibles \? » présente 0 outil\(s\)/],
  ["section « L'outil » courte", edited(firstOutil, rubric("L'outil")), /^content\/outils\/\S+:\d+ — « L'outil » compte 3 mots : au moins 150 attendus$/],
  ['réponse à un frein trop courte', edited('content/obstacles.yaml', shortBlock('reponse', "Ce frein est courant et il se lève. L'équipe explique le but de la réunion, accueille chaque personne et montre ce que sa parole change dans la décision finale, puis le redit à la fin de chaque séance, avec des mots simples et clairs.")), /^content\/obstacles\.yaml:\d+ — la réponse compte 44 mots : entre 60 et 150 attendus$/],
  ['définition trop courte', edited('content/glossaire.yaml', shortBlock('definition', 'Une façon simple de dire les choses, avec des mots de tous les jours.')), /^content\/glossaire\.yaml:\d+ — la définition compte 14 mots : entre 20 et 60 attendus$/],
  ['explication du quiz trop courte', edited('content/autoevaluations/idees-recues.yaml', shortBlock('explication', "C'est faux : les personnes concernées savent très bien ce qui les aide au quotidien.")), /^content\/autoevaluations\/idees-recues\.yaml:\d+ — l'explication de « \S+ » compte 14 mots : entre 30 et 80 attendus$/],
  [
    'référence citée nulle part',
    [...content.filter((f) => f.path !== 'content/bibliographie.yaml'), { path: 'content/bibliographie.yaml', text: `${content.find((f) => f.path === 'content/bibliographie.yaml')!.text.trimEnd()}\n- id: jamais-citee\n  type: guide\n  auteurs: [Une institution publique]\n  titre: Un guide jamais cité\n  annee: 2016\n  apport: >-\n    Un guide qui explique comment associer les personnes à une démarche, étape par étape, avec des exemples.\n` }],
    /^content\/bibliographie\.yaml:\d+ — la référence « jamais-citee » n'est citée nulle part/,
  ],
  ['situation sans guillemets', edited('content/parcours/lancer-une-instance.yaml', (t) => t.replace(/^situation: .*$/m, 'situation: Nous lançons un conseil citoyen.')), /^content\/parcours\/lancer-une-instance\.yaml:\d+ — la situation s'écrit entre guillemets français/],
  [
    'parcours qui passe par trop peu de fiches et d\'outils',
    edited('content/parcours/lancer-une-instance.yaml', (t) => t.replace(/^(\s+)(fiche|outil): .*$/gm, '$1obstacle: jargon').replace(/^\s+(rubrique|element): .*\n/gm, '')),
    /^content\/parcours\/lancer-une-instance\.yaml:\d+ — le parcours passe par 0 fiche\(s\) ou outil\(s\) différents : au moins 4 attendus$/,
  ],
  ['phrases longues dans un parcours', edited('content/parcours/lancer-une-instance.yaml', (t) => t.replace(/^(\s+retenir: >-\n)/gm, '$1      Une phrase très longue qui continue sans jamais s\'arrêter, avec des mots et encore des mots, des virgules, des détours, des ajouts, des précisions et des exemples qui ne finissent pas, pour que la moyenne monte bien au-dessus de quinze mots par phrase dans ce parcours\n')), /^content\/parcours\/lancer-une-instance\.yaml:\d+ — les textes du parcours ont des phrases de [\d.]+ mots en moyenne/],
  ['description de film trop courte', edited('content/videos.yaml', shortBlock('description', 'Un film sur la participation des personnes concernées, à voir en équipe avant une première réunion, puis à discuter ensemble.')), /^content\/videos\.yaml:\d+ — la description compte 20 mots : entre 40 et 110 attendus$/],
];

describe('the editorial rules', () => {
  it('are all kept by the real kit', () => {
    expect(verifyContent(content).problems.map(formatProblem)).toEqual([]);
  });

  it.each(CASES)('can fail: %s', (_label, files, expected) => {
    const problems = verifyContent(files).problems.map(formatProblem);
    expect(problems.filter((p) => expected.test(p)), problems.join('\n')).toHaveLength(1);
  });

  it('are the list CONTRIBUTING.md gives, rule for rule', () => {
    const text = readFileSync(join(process.cwd(), 'CONTRIBUTING.md'), 'utf8');
    const section = text.slice(text.indexOf('<!-- règles du vérificateur : début -->'), text.indexOf('<!-- règles du vérificateur : fin -->'));
    const listed = [...section.matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(EDITORIAL_RULES.map((rule) => rule.label));
  });
});
