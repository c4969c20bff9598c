import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatFrenchDate, readContentDates } from '../../src/lib/content-dates.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kit-dates-'));
  temporary.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@exemple.org');
  git(dir, 'config', 'user.name', 'Test');
  mkdirSync(join(dir, 'content/fiches'), { recursive: true });
  return dir;
}

function commitAt(dir: string, date: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  git(dir, 'add', '-A');
  execFileSync('git', ['commit', '-q', '-m', 'modification'], { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } });
}

describe('dates of the content files', () => {
  it('are, for every committed file of content/, the date `git log -1` gives', () => {
    const dates = readContentDates(process.cwd());
    const files = git(process.cwd(), 'ls-files', 'content').split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const expected = git(process.cwd(), 'log', '-1', '--format=%cI', '--', file).trim();
      expect(dates.of(file), file).toBe(expected || undefined);
    }
  });

  it('follow the last commit that touched each file, not the last commit of the folder', () => {
    const dir = scratchRepository();
    commitAt(dir, '2024-03-01T10:00:00+01:00', { 'content/fiches/01-a.mdx': 'a', 'content/glossaire.yaml': 'g' });
    commitAt(dir, '2025-06-15T09:30:00+02:00', { 'content/fiches/01-a.mdx': 'a modifiée' });
    const dates = readContentDates(dir);
    expect(dates.unavailable).toBeUndefined();
    expect(dates.of('content/fiches/01-a.mdx')).toBe('2025-06-15T09:30:00+02:00');
    expect(dates.of('content/glossaire.yaml')).toBe('2024-03-01T10:00:00+01:00');
  });

  it('are unknown for a file never committed, and kept for a committed file changed since', () => {
    const dir = scratchRepository();
    commitAt(dir, '2024-03-01T10:00:00+01:00', { 'content/glossaire.yaml': 'g' });
    writeFileSync(join(dir, 'content/glossaire.yaml'), 'g changé');
    writeFileSync(join(dir, 'content/fiches/02-nouvelle.mdx'), 'nouvelle');
    const dates = readContentDates(dir);
    expect(dates.of('content/fiches/02-nouvelle.mdx')).toBeUndefined();
    expect(dates.of('content/glossaire.yaml')).toBe('2024-03-01T10:00:00+01:00');
  });

  it('are all unknown without a repository, or in a shallow clone', () => {
    const bare = mkdtempSync(join(tmpdir(), 'kit-sans-git-'));
    temporary.push(bare);
    mkdirSync(join(bare, 'content'));
    writeFileSync(join(bare, 'content/glossaire.yaml'), 'g');
    const none = readContentDates(bare);
    expect(none.of('content/glossaire.yaml')).toBeUndefined();
    expect(none.unavailable).toMatch(/git/);

    const dir = scratchRepository();
    commitAt(dir, '2024-03-01T10:00:00+01:00', { 'content/glossaire.yaml': 'g' });
    commitAt(dir, '2025-03-01T10:00:00+01:00', { 'content/fiches/01-a.mdx': 'a' });
    const shallow = mkdtempSync(join(tmpdir(), 'kit-superficiel-'));
    temporary.push(shallow);
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${dir}`, shallow);
    const dates = readContentDates(shallow);
    expect(dates.of('content/glossaire.yaml')).toBeUndefined();
    expect(dates.unavailable).toMatch(/superficiel/);
  });

  it('are unknown for a copy of the project inside another repository', () => {
    const dir = scratchRepository();
    mkdirSync(join(dir, 'copie/content'), { recursive: true });
    commitAt(dir, '2024-03-01T10:00:00+01:00', { 'copie/content/glossaire.yaml': 'g' });
    expect(readContentDates(join(dir, 'copie')).of('content/glossaire.yaml')).toBeUndefined();
  });

  it('are written the French way, in Paris time', () => {
    expect(formatFrenchDate('2025-12-31T23:30:00+00:00')).toBe('1 janvier 2026');
    expect(formatFrenchDate('2025-06-15T09:30:00+02:00')).toBe('15 juin 2025');
  });
});
