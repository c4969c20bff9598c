import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isOlder, minimumOf, tooOldMessage, versionParts } from '../../scripts/node-check.mjs';

describe('the Node check of scripts/run.mjs', () => {
  it('reads the minimum of an « engines » range and compares versions part by part', () => {
    expect(minimumOf('>=22.19')).toBe('22.19');
    expect(() => minimumOf('^22')).toThrow(/de la forme >=22\.19/);
    expect(versionParts('v20.20.2')).toEqual([20, 20, 2]);
    expect(isOlder('20.20.2', '22.19')).toBe(true);
    expect(isOlder('22.18.9', '22.19')).toBe(true);
    expect(isOlder('22.19.0', '22.19')).toBe(false);
    expect(isOlder('24.21.0', '22.19')).toBe(false);
    expect(isOlder('100.0.0', '22.19')).toBe(false);
  });

  it('starts with a French sentence that gives the npm command to run instead', () => {
    const [first, ...rest] = tooOldMessage('v20.20.2', '22.19', 'npm run verifier').split('\n');
    expect(first).toBe('Node 20.20.2 est trop ancien pour lancer ce script directement : il faut Node 22.19 ou plus récent. Lancez plutôt : npm run verifier');
    expect(rest.join(' ')).toMatch(/npm ci/);
  });

  it('runs the named script with its own arguments on a recent Node', () => {
    const result = spawnSync(process.execPath, ['scripts/run.mjs', 'verifier', '.'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Aucun problème/);
    const elsewhere = spawnSync(process.execPath, ['scripts/run.mjs', 'verifier', 'tests/dossier-absent'], { encoding: 'utf8' });
    expect(elsewhere.status).toBe(2);
    expect(elsewhere.stderr).toMatch(/^Dossier introuvable : .*tests\/dossier-absent\/content/);
  });

  it('refuses a name that is not a script of the project', () => {
    for (const name of ['inconnu', '../package', 'steps/pdf']) {
      const result = spawnSync(process.execPath, ['scripts/run.mjs', name], { encoding: 'utf8' });
      expect(result.status, name).toBe(1);
      expect(result.stderr, name).toMatch(/^Script inconnu/);
    }
  });

  // The machine's own Node, when older than the project asks: what someone outside npm would use.
  const oldNode = ['/usr/bin/node', '/usr/bin/nodejs'].find((path) => existsSync(path) && isOlder(spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim(), '22.19'));
  it.runIf(oldNode)('on an older Node, prints that sentence first instead of a stack trace', () => {
    const result = spawnSync(oldNode!, ['scripts/run.mjs', 'verifier', '.'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^Node \d+\.\d+\.\d+ est trop ancien .* Lancez plutôt : npm run verifier -- \.$/);
    expect(result.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|at /);
  });
});
