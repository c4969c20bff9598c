/**
 * `npm run verifier`: checks all content without building the site and lists every problem
 * as `fichier:ligne — message`. Exit code 1 when anything must be fixed.
 */
import { resolve } from 'node:path';
import { formatProblem, sortProblems } from '../src/lib/content/problems.ts';
import { readContentTree } from '../src/lib/content/read.ts';
import { verifyContent } from '../src/lib/content/verify.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const files = readContentTree(root);
const { problems, raw } = verifyContent(files);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length) {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problème(s) à corriger dans ${files.length} fichiers (${seconds} s).`);
  process.exit(1);
}
console.log(
  `Contenu vérifié en ${seconds} s : ${raw.fiches.length} fiches, ${raw.obstacles.length} freins, ${raw.outils.length} outils, ` +
    `${raw.references.length} références, ${raw.glossaire.length} termes, ${raw.experiences.length} retours d'expérience, ` +
    `${raw.autoevaluations.length} questionnaires. Aucun problème.`,
);
