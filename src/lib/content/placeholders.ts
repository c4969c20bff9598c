import type { Problem } from './problems.ts';

/**
 * The mark the scaffolder (`npm run nouveau`) and the templates put where a contributor must
 * write: valid MDX and valid YAML, so the file can be read, and refused until it is replaced.
 */
export const PLACEHOLDER = 'À REMPLIR';

/** True when a value still holds the template's mark (a string, or a list holding one). */
export function containsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(PLACEHOLDER);
  if (Array.isArray(value)) return value.some(containsPlaceholder);
  return false;
}

/** One problem per line still holding the mark, quoting the guidance it carries. */
export function findPlaceholders(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = line.indexOf(PLACEHOLDER);
    if (at === -1) return;
    const guidance = line
      .slice(at)
      .replace(/["']\s*$/, '')
      .trim();
    const quoted = guidance.length > 110 ? `${guidance.slice(0, 107)}…` : guidance;
    problems.push({ file, line: index + 1, message: `consigne du modèle à remplacer par votre texte : « ${quoted} »` });
  });
  return problems;
}
