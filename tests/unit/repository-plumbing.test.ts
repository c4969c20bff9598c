/**
 * The repository's own plumbing agrees with the code: the issue form that « Signaler un
 * problème » opens has the fields the link fills, the workflows run what the project runs, and
 * the CI annotation pattern reads the verifier's lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ISSUE_TEMPLATE, issueUrl } from '../../src/lib/contribution/repository.ts';
import { isOlder, minimumOf } from '../../scripts/node-check.mjs';

const read = (path: string) => readFileSync(path, 'utf8');
const yaml = (path: string) => parse(read(path)) as Record<string, unknown>;

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const steps = (workflow: Record<string, unknown>, job: string) => ((workflow.jobs as Record<string, { steps: Step[] }>)[job]!.steps);

describe('issue templates', () => {
  it('have the fields that « Signaler un problème » prefills', () => {
    const form = yaml(`.github/ISSUE_TEMPLATE/${ISSUE_TEMPLATE}`);
    const ids = (form.body as { id?: string }[]).map((field) => field.id).filter(Boolean);
    const prefilled = [...new URL(issueUrl({ url: 'https://forge.example.org/a/b', branch: 'main' }, { title: 't', page: 'p', file: 'f' })).searchParams.keys()];
    for (const key of prefilled.filter((k) => k !== 'template' && k !== 'title')) expect(ids).toContain(key);
  });

  it.each(['signaler-une-erreur.yml', 'proposer-une-fiche.yml', 'partager-une-experience.yml'])('%s is a French issue form', (file) => {
    const form = yaml(`.github/ISSUE_TEMPLATE/${file}`);
    expect(form.name).toMatch(/^(Signaler|Proposer|Partager) /);
    expect(Array.isArray(form.body)).toBe(true);
  });

  it('a pull-request template carries the review checklist', () => {
    const template = read('.github/pull_request_template.md');
    expect(template).toContain('`npm run verifier` ne signale aucun problème');
    expect(template).toMatch(/Rien n'est inventé/);
    expect(template).toMatch(/épicènes/);
    expect(template).toContain('content/nouveautes.yaml');
  });
});

describe('workflows', () => {
  it('check every pull request with npm ci, the verifier and npm test, on Node 24 with the Chromium of apt and no poppler', () => {
    const ci = yaml('.github/workflows/ci.yml');
    expect(ci.on).toHaveProperty('pull_request');
    const job = (ci.jobs as Record<string, { container: string }>)['verifier-et-tester']!;
    expect(job.container).toBe('node:24-bookworm');
    const runs = steps(ci, 'verifier-et-tester').map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/apt-get install .*chromium$/m);
    expect(runs).not.toMatch(/poppler|qpdf/);
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm run verifier'));
    expect(runs.indexOf('npm run verifier')).toBeLessThan(runs.indexOf('npm test'));
  });

  it('publish dist/ from main to GitHub Pages, once the tests pass, with the base path, the address and the repository', () => {
    const pages = yaml('.github/workflows/pages.yml');
    expect((pages.on as { push: { branches: string[] } }).push.branches).toEqual(['main']);
    const build = steps(pages, 'construire');
    const env = build.find((s) => s.run === 'npm run build')!.env!;
    // Nothing is published untested: the déclaration d'accessibilité states these tests' results.
    const runs = build.map((s) => s.run ?? '');
    expect(runs.indexOf('npm test')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm test')).toBeLessThan(runs.indexOf('npm run build'));
    expect(env.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(env.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(env.REPOSITORY_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'dist' });
    expect(steps(pages, 'publier').map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it.each(['ci.yml', 'pages.yml'])('%s checks out the whole history, which the pages\' dates come from', (file) => {
    const workflow = yaml(`.github/workflows/${file}`);
    const checkouts = Object.keys(workflow.jobs as object).flatMap((job) => steps(workflow, job)).filter((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['fetch-depth']).toBe(0);
  });

  it('annotate the pull request with each line of the verifier', () => {
    const matcher = JSON.parse(read('.github/verifier-matcher.json')) as { problemMatcher: { pattern: { regexp: string }[] }[] };
    const pattern = new RegExp(matcher.problemMatcher[0]!.pattern[0]!.regexp);
    const withLine = formatProblem({ file: 'content/fiches/07-animer-une-reunion.mdx', line: 12, message: 'champ « phase » : valeur inconnue' });
    expect(withLine.match(pattern)?.slice(1)).toEqual(['content/fiches/07-animer-une-reunion.mdx', '12', 'champ « phase » : valeur inconnue']);
    expect(formatProblem({ file: 'content/notes.md', message: 'extension .md' }).match(pattern)?.slice(1)).toEqual(['content/notes.md', undefined, 'extension .md']);
  });
});

describe('a bare machine', () => {
  const manifest = JSON.parse(read('package.json')) as {
    engines: { node: string };
    devEngines: { runtime: { name: string; version: string } };
    devDependencies: Record<string, string>;
    allowScripts: Record<string, boolean>;
    scripts: Record<string, string>;
  };
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };

  it('runs every npm script on the Node of the lockfile, the one .nvmrc names, recent enough for engines', () => {
    const node = lock.packages['node_modules/node']!.version!;
    expect(manifest.devDependencies.node).toMatch(/^\^24\./);
    expect(node.split('.')[0]).toBe(read('.nvmrc').trim());
    expect(isOlder(node, minimumOf(manifest.engines.node))).toBe(false);
    // The Node that installs only has to run npm: npm then brings its own.
    expect(manifest.devEngines.runtime).toMatchObject({ name: 'node', version: '>=20' });
  });

  it('approves, by name, the install scripts of exactly the packages that have one', () => {
    const withScripts = [...new Set(Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path.split('node_modules/').at(-1)!))].sort();
    expect(withScripts).toEqual(['esbuild', 'node']);
    expect(Object.keys(manifest.allowScripts).sort()).toEqual(withScripts);
    // Unapproved scripts stop the install instead of a warning; engine warnings about the installing Node stay quiet.
    expect(read('.npmrc')).toMatch(/^strict-allow-scripts=true$/m);
    expect(read('.npmrc')).toMatch(/^loglevel=error$/m);
  });

  it('ships Chromium and the PDF reader as npm packages: CI installs nothing else', () => {
    expect(manifest.devDependencies['@sparticuz/chromium']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.devDependencies['pdfjs-dist']).toBeDefined();
    const ci = read('.ci/run')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(ci).not.toMatch(/apt-get|--global|-g /);
    expect(ci.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(ci.indexOf('npm ci')).toBeLessThan(ci.indexOf('npm test'));
  });

  it('starts each script through scripts/run.mjs, which checks Node before any TypeScript is read', () => {
    const direct = Object.entries(manifest.scripts).filter(([, command]) => /^node /.test(command));
    expect(direct.length).toBeGreaterThan(3);
    for (const [name, command] of direct) {
      const match = /^node scripts\/run\.mjs ([a-z-]+)$/.exec(command);
      expect(match, name).not.toBeNull();
      expect(existsSync(`scripts/${match![1]}.ts`), name).toBe(true);
    }
  });
});

describe('licences', () => {
  it('put the code under MIT and the content under the Licence Ouverte / Etalab 2.0', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Les contributrices et contributeurs du Kit de la participation citoyenne\n/);
    const content = read('content/LICENSE');
    expect(content).toContain('Licence Ouverte / Open Licence, version 2.0');
    expect(content).toContain('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
    expect(existsSync('CONTRIBUTING.md')).toBe(true);
  });
});
