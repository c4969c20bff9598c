/**
 * When each content file last changed, read from the repository's history: the date of the last
 * commit that touched it, as `git log -1 --format=%cI -- <file>` gives it (Starlight's
 * `lastUpdated` does the same). Pages, PDFs and kit.json all take the date from here.
 *
 * One `git log --name-only` pass over `content/` reads every date at once, instead of one
 * process per file. The date is honestly unknown (`undefined`) when it cannot be right:
 * - no git, or not a repository (a tarball of the sources): nothing is known;
 * - a shallow clone: its oldest commit looks as if it had written every file, so no date is
 *   trusted (CI fetches the whole history, `fetch-depth: 0`);
 * - a file never committed: there is no commit to date it, and the build's own clock would make
 *   two builds of the same sources differ.
 * A committed file with local changes keeps the date of its last commit: the published site is
 * always built from a commit, where that date is the right one.
 */
import { execFileSync } from 'node:child_process';

export interface ContentDates {
  /** ISO 8601 date (with offset) of the last commit that touched the file, or undefined when unknown. */
  of(file: string): string | undefined;
  /** Why dates are unknown, for the build log; undefined when the history was read. */
  readonly unavailable?: string;
}

const RECORD = '\u001e';

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

const unknown = (reason: string): ContentDates => ({ of: () => undefined, unavailable: reason });

/**
 * Reads the dates of every file under `folder` (repository-relative paths, `/` separators).
 * `root` is the repository's top folder (the project's root).
 */
export function readContentDates(root: string, folder = 'content'): ContentDates {
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return unknown('historique git incomplet (clone superficiel)');
    const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
    if (prefix) return unknown('le projet n\'est pas à la racine de son dépôt git');
    const log = git(root, ['log', `--format=${RECORD}%cI`, '--name-only', '--no-renames', '-z', '--', folder]);
    return { of: lookup(parseLog(log)) };
  } catch {
    return unknown('git absent ou dossier hors dépôt');
  }
}

/** Newest first, as git prints it: the first date seen for a file is its last change. */
export function parseLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of log.split(RECORD)) {
    if (!record.trim()) continue;
    // With -z, file names end with NUL; the date line ends with a newline, then the blank line.
    const [head = '', ...names] = record.split('\u0000');
    const [date = '', first = ''] = head.split('\n').filter((line) => line !== '');
    if (!date) continue;
    for (const name of [first, ...names].map((n) => n.replace(/^\n+/, ''))) {
      if (name && !dates.has(name)) dates.set(name, date);
    }
  }
  return dates;
}

function lookup(dates: Map<string, string>) {
  return (file: string) => dates.get(file.replaceAll('\\', '/').replace(/^\.\//, ''));
}

/** A fixed set of dates, for tests and for builds that receive them from elsewhere. */
export function contentDatesFrom(entries: Record<string, string>): ContentDates {
  return { of: lookup(new Map(Object.entries(entries))) };
}

/** « 22 novembre 2026 », in Paris time whatever the machine's zone. */
export function formatFrenchDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso));
}
