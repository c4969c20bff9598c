/**
 * « Exporter » and « Importer »: the whole of a reader's progress as one JSON file. An import is
 * validated entirely before anything is written; a bad file is refused with the reason.
 */
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, type ExportFile, type ProgressEntries } from '../../schemas/progress.ts';

/** A real export of this kit is a few kilobytes; anything much bigger is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

export function buildExport(entries: ProgressEntries, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries };
}

export function exportFileName(now: Date): string {
  return `suivi-kit-participation-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportError =
  | { reason: 'too-big' }
  | { reason: 'not-json' }
  | { reason: 'not-export' }
  | { reason: 'newer-version'; version: number }
  /** Paths of the first problems found, e.g. `entries.quiz.idees-recues.answers.x`. */
  | { reason: 'invalid'; paths: string[] };

export type ImportResult = { ok: true; file: ExportFile; counts: Record<keyof ProgressEntries, number> } | { ok: false; error: ImportError };

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: { reason: 'too-big' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { reason: 'not-json' } };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: { reason: 'not-export' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, error: { reason: 'newer-version', version } };
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(racine)'))];
    return { ok: false, error: { reason: 'invalid', paths: paths.slice(0, 3) } };
  }
  const { entries } = parsed.data;
  return {
    ok: true,
    file: parsed.data,
    counts: {
      checklist: Object.keys(entries.checklist).length,
      autoevaluation: Object.keys(entries.autoevaluation).length,
      quiz: Object.keys(entries.quiz).length,
      parcours: Object.keys(entries.parcours).length,
    },
  };
}

export function isEmptyProgress(entries: ProgressEntries): boolean {
  return Object.values(entries).every((byId) => Object.keys(byId).length === 0);
}
