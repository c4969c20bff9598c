/**
 * `npm run verifier [racine]`: checks all content without building the site and lists every
 * problem as `fichier:ligne — message`. Exit code 1 when anything must be fixed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem, sortProblems } from '../src/lib/content/problems.ts';
import { readContentTree } from '../src/lib/content/read.ts';
import { verifyContent } from '../src/lib/content/verify.ts';
import { plural } from '../src/ui/grammar.ts';


const root = resolve(process.argv[2] ?? '.');
if (!existsSync(join(root, 'content'))) {
  console.error(`Dossier introuvable : ${join(root, 'content')}. Lancez la commande à la racine du dépôt, ou donnez la racine : npm run verifier -- chemin/du/depot`);
  process.exit(2);
}
const started = performance.now();
const files = readContentTree(root);
const { problems, raw } = verifyContent(files);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n${plural(problems.length, 'problème')} à corriger dans ${plural(files.length, 'fichier')} (${seconds} s).`);
  process.exit(1);
}
console.log(
  `Contenu vérifié en ${seconds} s : ${plural(raw.fiches.length, 'fiche')}, ${plural(raw.obstacles.length, 'frein')}, ` +
    `${plural(raw.outils.length, 'outil')}, ${plural(raw.references.length, 'référence')}, ${plural(raw.glossaire.length, 'terme')}, ` +
    `${plural(raw.experiences.length, "retour d'expérience", "retours d'expérience")}, ${plural(raw.autoevaluations.length, 'questionnaire')}, ${plural(raw.videos.length, 'vidéo')}, ${plural(raw.parcours.length, 'parcours', 'parcours')}. Aucun problème.`,
);
