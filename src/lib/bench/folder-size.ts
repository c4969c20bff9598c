import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Total bytes and number of files under a folder, as a visitor would download them. */
export function folderSize(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const sub = folderSize(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Files under a folder whose name ends with `suffix` (`.html` pages, `.pdf` documents). */
export function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(suffix)).length;
}
