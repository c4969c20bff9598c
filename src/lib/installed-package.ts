/**
 * An installed npm package, found as Node resolves an import of it (a copy of the project, as the
 * tests make, has no node_modules of its own), whether or not the package exports its package.json.
 */
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname } from 'node:path';

export interface InstalledPackage {
  /** The package's folder. */
  dir: string;
  version: string;
}

/** The package `name` as an import from this project would find it, or undefined when it is not installed. */
export function installedPackage(name: string): InstalledPackage | undefined {
  let manifest: string | undefined;
  try {
    manifest = findPackageJSON(name, import.meta.url);
  } catch {
    return undefined;
  }
  if (!manifest) return undefined;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: dirname(manifest), version };
}
