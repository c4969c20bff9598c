import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, buildExport, exportFileName, isEmptyProgress, parseImport } from '../../src/lib/progress/transfer.ts';
import type { ProgressEntries } from '../../src/schemas/progress.ts';
import { suiviUi } from '../../src/ui/strings.ts';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const entries: ProgressEntries = {
  checklist: { 'animer-une-reunion': { checked: { facteurs: ['objectif-annonce'] }, updatedAt: NOW.toISOString() } },
  autoevaluation: { amont: { answers: { 'existant-connu': 'oui', 'objectifs-ecrits': 'ne-sait-pas' } } },
  quiz: { 'idees-recues': { answers: { 'bien-parler': 'faux' } } },
  parcours: { 'relancer-une-instance': { done: ['demander-pourquoi', 'lister-les-suites'] } },
};
const file = (data: unknown) => JSON.stringify(data);

describe('export', () => {
  it('writes a versioned file that imports back to the same entries', () => {
    const exported = buildExport(entries, NOW);
    expect(exported).toMatchObject({ format: 'kit-participation/suivi', version: 1, exportedAt: NOW.toISOString() });
    const result = parseImport(JSON.stringify(exported, null, 2));
    expect(result).toEqual({ ok: true, file: exported, counts: { checklist: 1, autoevaluation: 1, quiz: 1, parcours: 1 } });
    expect(exportFileName(NOW)).toBe('suivi-kit-participation-2025-03-01.json');
  });

  it('knows an empty progress', () => {
    expect(isEmptyProgress({ checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} })).toBe(true);
    expect(isEmptyProgress(entries)).toBe(false);
  });
});

describe('import refuses a bad file, saying why', () => {
  const good = buildExport(entries, NOW);

  it.each([
    ['not JSON', 'ceci n’est pas du JSON', 'not-json'],
    ['another JSON file', file({ fiches: [] }), 'not-export'],
    ['JSON that is not an object', file([1, 2]), 'not-export'],
    ['a file far too big', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-big'],
  ])('%s', (_case, text, reason) => {
    const result = parseImport(text);
    expect(result).toEqual({ ok: false, error: { reason } });
  });

  it('a file from a newer version of the site', () => {
    expect(parseImport(file({ ...good, version: 2 }))).toEqual({ ok: false, error: { reason: 'newer-version', version: 2 } });
  });

  it('a file written before parcours existed imports, with no parcours', () => {
    const { parcours: _parcours, ...older } = good.entries;
    const result = parseImport(file({ ...good, entries: older }));
    expect(result.ok && result.file.entries.parcours).toEqual({});
  });

  it('a damaged parcours entry, naming where', () => {
    const damaged = { ...good, entries: { ...good.entries, parcours: { 'relancer-une-instance': { done: ['Étape 1'] } } } };
    expect(parseImport(file(damaged))).toEqual({ ok: false, error: { reason: 'invalid', paths: ['entries.parcours.relancer-une-instance.done.0'] } });
  });

  it('a damaged entry, naming where', () => {
    const damaged = { ...good, entries: { ...good.entries, autoevaluation: { amont: { answers: { 'existant-connu': 'peut-etre' } } } } };
    const result = parseImport(file(damaged));
    expect(result).toEqual({ ok: false, error: { reason: 'invalid', paths: ['entries.autoevaluation.amont.answers.existant-connu'] } });
  });

  it('an id that is not an id, and a missing part', () => {
    const badId = { ...good, entries: { ...good.entries, checklist: { 'Mauvais Id': { checked: {} } } } };
    expect(parseImport(file(badId)).ok).toBe(false);
    const { quiz: _quiz, ...withoutQuiz } = good.entries;
    const result = parseImport(file({ ...good, entries: withoutQuiz }));
    expect(result).toEqual({ ok: false, error: { reason: 'invalid', paths: ['entries.quiz'] } });
  });

  it('with a French message for every reason', () => {
    const messages = suiviUi.importErrors;
    expect(messages['not-json']).toMatch(/JSON/);
    expect(messages['newer-version'](2)).toContain('format 2');
    expect(messages.invalid(['entries.quiz'])).toContain('« entries.quiz »');
    expect(suiviUi.nothingChanged).toBe("Rien n'a été modifié.");
  });
});
