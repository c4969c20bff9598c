import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROJECT = process.cwd();

export interface TempProject {
  root: string;
  /** `astro build` in the copy; never the project's own dist/ or cache. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** `npm run build` in the copy (scripts/build.ts: every step, with the final check of the build). */
  buildSite(env?: Record<string, string>): { status: number | null; output: string };
  cleanup(): void;
}

/**
 * A throw-away copy of the site (config, src, public, the real content) inside .tmp/, so that
 * a test can add or break content files and run a real `astro build` on them. Living inside
 * the project, the copy resolves the same node_modules. `withoutVerifier` removes the first
 * barrier (the content check) from the config, `withoutGuard` the second one (the compiler's
 * plugins), `withoutOpenDataGuard` the third (kit.json's reading of the same tree, which refuses
 * code nodes and would stop the build before any fiche page runs): only the guard tests use them,
 * to prove what each barrier stops on its own.
 */
export function makeTempProject(name: string, options: { overlays?: string[]; withoutVerifier?: boolean; withoutGuard?: boolean; withoutOpenDataGuard?: boolean } = {}): TempProject {
  const parent = join(PROJECT, '.tmp', 'contrib-tests');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, `${name}-`));
  for (const entry of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content', 'scripts']) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  for (const overlay of options.overlays ?? []) cpSync(join(overlay, 'content'), join(root, 'content'), { recursive: true });
  const strip = (file: string, text: string, replacement: string) => {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(text, replacement);
    if (after === before) throw new Error(`${file} : « ${text} » introuvable, la garde ne prouverait rien`);
    writeFileSync(path, after);
  };
  if (options.withoutVerifier) strip('astro.config.ts', 'verifyContentIntegration(), ', '');
  if (options.withoutGuard) strip('src/lib/content/markdown-processor.ts', 'mdastPlugins: [mdastGuard], hastPlugins: [hastGuard]', 'mdastPlugins: [], hastPlugins: []');
  if (options.withoutOpenDataGuard) strip('src/lib/open-data/plain-text.ts', 'throw new Error(`élément « ${node.type} » refusé dans le contenu`);', 'return [];');
  const run = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        OUT_DIR: join(root, 'dist'),
        CACHE_DIR: join(root, '.cache'),
        BASE_PATH: '',
        SITE_URL: '',
        REPOSITORY_URL: '',
        ...env,
      },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  return {
    root,
    build: (env = {}) => run([join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env),
    buildSite: (env = {}) => run([join(root, 'scripts', 'build.ts')], env),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
