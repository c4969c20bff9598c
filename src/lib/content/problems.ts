/** One thing a contributor must fix, located as precisely as we can. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

/** `fichier:ligne — message`, the format editors and CI logs make clickable. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} — ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/** A French summary used by the build and the CLI when content is broken. */
export function problemReport(problems: Problem[]): string {
  const count = problems.length;
  const head =
    count === 1
      ? '1 problème empêche de publier le kit :'
      : `${count} problèmes empêchent de publier le kit :`;
  return [head, ...sortProblems(problems).map((p) => `  ${formatProblem(p)}`)].join('\n');
}
