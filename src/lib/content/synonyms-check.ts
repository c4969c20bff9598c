import { synonymGroupSchema } from '../../schemas/synonymes.ts';
import { fold } from '../search/words.ts';
import type { Problem } from './problems.ts';
import { validate } from './schema-problems.ts';
import { parseYamlSource } from './yaml-source.ts';

/**
 * content/synonymes.yaml: a list of groups, each id once, each word in one group only (a word in
 * two groups would join them silently).
 */
export function checkSynonymsFile(file: string, text: string): Problem[] {
  const source = parseYamlSource(text);
  if (source.errors.length) return source.errors.map((error) => ({ file, line: error.line, message: error.message }));
  if (!Array.isArray(source.data)) {
    return [{ file, line: 1, message: 'ce fichier doit contenir une liste de groupes (chaque groupe commence par « - id: … » puis « mots: [… , …] »)' }];
  }
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const words = new Map<string, string>();
  source.data.forEach((item: unknown, index: number) => {
    const result = validate(synonymGroupSchema, item, { file, source, basePath: [index] });
    if (!result.ok) {
      problems.push(...result.problems);
      return;
    }
    const { id, mots } = result.value;
    if (ids.has(id)) problems.push({ file, line: source.lineOf([index, 'id']), message: `identifiant « ${id} » déjà utilisé par le groupe n° ${ids.get(id)! + 1} : chaque groupe a le sien` });
    else ids.set(id, index);
    mots.forEach((mot, position) => {
      const key = fold(mot).replace(/[^a-z0-9]+/g, ' ').trim();
      const owner = words.get(key);
      if (owner !== undefined) {
        problems.push({ file, line: source.lineOf([index, 'mots', position]), message: `« ${mot} » figure déjà dans le groupe « ${owner} » : un mot ne peut appartenir qu'à un seul groupe` });
      } else words.set(key, id);
    });
  });
  return problems;
}
