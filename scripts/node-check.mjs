/**
 * Is this Node recent enough to run the project's scripts directly? Plain JavaScript, so that
 * any Node can read it, even one that cannot read TypeScript. The minimum is the one of
 * package.json (« engines »): one home for that rule.
 */

/** `[major, minor, patch]` of « 22.19.0 » or « v22.19 ». */
export function versionParts(version) {
  const parts = String(version).replace(/^v/, '').split('.').map(Number);
  return [parts[0] || 0, parts[1] || 0, parts[2] || 0];
}

/** The version an « engines » range of the form `>=22.19` asks for at least. */
export function minimumOf(range) {
  const match = /^>=\s*v?(\d+(\.\d+){0,2})$/.exec(String(range).trim());
  if (!match) throw new Error(`package.json : « engines.node » devrait être de la forme >=22.19, pas ${range}`);
  return match[1];
}

export function isOlder(version, minimum) {
  const a = versionParts(version);
  const b = versionParts(minimum);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** What to do, in French, when `version` is too old; the first line says it all. */
export function tooOldMessage(version, minimum, npmCommand) {
  return [
    `Node ${version.replace(/^v/, '')} est trop ancien pour lancer ce script directement : il faut Node ${minimum} ou plus récent. Lancez plutôt : ${npmCommand}`,
    `npm prend alors le Node 24 que « npm ci » installe dans node_modules (le paquet npm « node »), quel que soit le Node de la machine.`,
    `Si « npm ci » n'a pas encore été lancé dans ce dossier, lancez-le d'abord.`,
  ].join('\n');
}
