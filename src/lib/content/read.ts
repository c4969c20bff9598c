import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './verify.ts';

/** Reads every file under `content/` as text, with repository-relative paths. */
export function readContentTree(root: string, folder = 'content'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const file = relative(root, path).split(sep).join('/');
      // A link could lead anywhere on the machine: it is named, never followed.
      if (stat.isSymbolicLink()) files.push({ path: file, text: '', symlink: true });
      else if (stat.isDirectory()) walk(path);
      else files.push({ path: file, text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, folder));
  return files;
}
