/**
 * An Astro loader for a folder of YAML files (one entry per file, its id the file name), read
 * with the verifier's own YAML reader: Astro's glob loader would read them with another parser.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlData } from './yaml-source.ts';

export function yamlFolder(folder: string): Loader {
  return {
    name: 'kit:yaml-folder',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, folder);
      // A kit without this folder (a fork, a test kit) has an empty collection, not a broken build.
      const names = (await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)))).filter((name) => name.endsWith('.yaml')).sort();
      store.clear();
      for (const name of names) {
        const filePath = `${folder}/${name}`;
        const text = await readFile(join(dir, name), 'utf8');
        const id = name.replace(/\.yaml$/, '');
        const data = await parseData({ id, data: readYamlData(text, filePath) as Record<string, unknown>, filePath });
        store.set({ id, data, digest: generateDigest(text), filePath });
      }
      watcher?.add(dir);
    },
  };
}
