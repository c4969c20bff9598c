/**
 * Entry point of the project's scripts: `node scripts/run.mjs build …` runs scripts/build.ts.
 * npm runs every script on the Node of node_modules (the devDependency « node »), which reads
 * TypeScript; someone who starts a script outside npm, on an older Node, would only get Node's
 * stack trace about the « .ts » extension. This file is plain JavaScript: it says first, in
 * French, what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isOlder, minimumOf, tooOldMessage } from './node-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
const [, , name, ...args] = process.argv;
const script = name ? join(here, `${name}.ts`) : '';

if (!name || !/^[a-z][a-z-]*$/.test(name) || !existsSync(script)) {
  console.error(`Script inconnu : ${name ?? '(aucun)'}. Les scripts du projet se lancent par npm : npm run (sans argument) les liste.`);
  process.exit(1);
}

const minimum = minimumOf(manifest.engines.node);
if (isOlder(process.versions.node, minimum)) {
  const entry = Object.entries(manifest.scripts).find(([, command]) => command === `node scripts/run.mjs ${name}`);
  const npmCommand = entry ? `npm run ${entry[0]}${args.length ? ` -- ${args.join(' ')}` : ''}` : 'npm run';
  console.error(tooOldMessage(process.version, minimum, npmCommand));
  process.exit(1);
}

// The script reads its own arguments from process.argv, as if Node had started it.
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
