/**
 * `npm run nouveau -- fiche --titre "…" --phase pendant` (or outil, experience, reference,
 * obstacle): writes a starting file with every required field and « À REMPLIR » guidance.
 * Refuses in French, writing nothing, when the type, phase or id is wrong or already taken.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentTree } from '../src/lib/content/read.ts';
import { planScaffold, USAGE } from '../src/lib/scaffold/plan.ts';

const root = process.cwd();

function fail(message: string): never {
  console.error(`Rien n'a été écrit : ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      titre: { type: 'string' },
      id: { type: 'string' },
      phase: { type: 'string' },
      type: { type: 'string' },
      rubrique: { type: 'string' },
      echelle: { type: 'string' },
      famille: { type: 'string' },
      aide: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  const option = String((error as Error).message).match(/'(-[^']+)'/)?.[1];
  fail(`${option ? `option « ${option} » inconnue` : 'options illisibles'}.\n${USAGE}`);
}

const { values, positionals } = parsed;
if (values.aide) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`un seul type à la fois (reçu : ${positionals.join(', ')}). Un titre de plusieurs mots se met entre guillemets.\n${USAGE}`);
if (!existsSync(join(root, 'content'))) fail(`dossier content/ introuvable dans ${root} : lancez la commande à la racine du dépôt.`);

const { aide: _aide, ...options } = values;
const plan = planScaffold(positionals[0] ?? '', options, readContentTree(root));
if (!plan.ok) fail(plan.message);

// `wx` refuses to replace a file created meanwhile; an entry is appended to its list file.
writeFileSync(join(root, plan.path), plan.text, { flag: plan.mode === 'create' ? 'wx' : 'w' });
console.log(
  `${plan.mode === 'create' ? 'Fichier créé' : 'Entrée ajoutée à la fin de'} : ${plan.path} (identifiant « ${plan.id} »).\n` +
    `Remplacez chaque « À REMPLIR : … » par votre texte (les lignes qui commencent par « # » sont des consignes, vous pouvez les garder ou les supprimer),\n` +
    `puis lancez npm run verifier : il liste ce qui reste à compléter, avec le numéro de ligne.`,
);
