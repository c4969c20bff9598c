import { z } from 'zod';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';
import { containsPlaceholder } from './placeholders.ts';

z.config(z.locales.fr());

export interface Located {
  file: string;
  source: YamlSource;
  /** Prefix of paths inside the YAML document (an entry's index in a list file). */
  basePath?: (string | number)[];
}

/** `questions[3].fiche`: a field path as a contributor reads it (lists counted from 1). */
export function describePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key + 1}]` : String(key))).join('.').replace(/\.\[/g, '[');
}

/** Validates `data` and turns zod issues into located French problems. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: Located,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const base = where.basePath ?? [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    // A field still holding « À REMPLIR » is reported once, by the placeholder check.
    if ('input' in issue && containsPlaceholder(issue.input)) continue;
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: where.file,
          line: where.source.lineOf([...path, key]),
          message: `champ inconnu « ${describePath([...issue.path, key])} » : vérifiez son orthographe ou supprimez-le`,
        });
      }
      continue;
    }
    const field = describePath(issue.path) || 'document';
    const input = issueInput(issue);
    const chooser = 'discriminator' in issue;
    const missing = (issue.code === 'invalid_type' || chooser) && input === undefined;
    const found = !missing && input !== undefined ? ` (trouvé : ${preview(input)})` : '';
    const message = missing ? `champ « ${field} » obligatoire manquant${chooser ? ` : ${issue.message}` : ''}` : `champ « ${field} » : ${issue.message}${found}`;
    problems.push({ file: where.file, line: where.source.lineOf(path), message });
  }
  return { ok: false, problems };
}

/** The value at fault: for the field that picks a union's shape, that field, not the whole entry. */
function issueInput(issue: z.core.$ZodIssue): unknown {
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
  }
  return input;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? `« ${value} »` : JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
