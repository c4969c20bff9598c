import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store.ts';
import {
  DIAGNOSTIC_ENTRY_ATTRIBUTE,
  diagnosticLoadsAtOnce,
  isQuestionnaireIsland,
  isSummaryIsland,
  questionnaireLoadsAtOnce,
  savedTicks,
  storedKeys,
  suiviLoadsAtOnce,
} from '../../src/lib/progress/prepaint.ts';
import { encodeAnswers } from '../../src/lib/progress/share-hash.ts';
import { storageKey } from '../../src/lib/progress/keys.ts';
import { FakeStorage } from '../helpers/fake-storage.ts';

describe('saved ticks read before React loads', () => {
  it('reads what the store writes, list by list', () => {
    const storage = new FakeStorage();
    new ProgressStore(() => storage).set('checklist', 'une-fiche', { checked: { facteurs: ['a', 'b-2'], etapes: ['c'] } });
    expect(savedTicks((key) => storage.getItem(key), 'une-fiche')).toEqual([
      { list: 'facteurs', id: 'a' },
      { list: 'facteurs', id: 'b-2' },
      { list: 'etapes', id: 'c' },
    ]);
    expect(savedTicks((key) => storage.getItem(key), 'une-autre-fiche')).toEqual([]);
  });

  it('reads anything malformed as no tick, and never an id that could break out of a selector', () => {
    const read = (value: string) => (key: string) => (key === storageKey('checklist', 'f') ? value : null);
    for (const bad of ['{', 'null', '"texte"', '{"checked":"x"}', '{"checked":{"facteurs":"a"}}', '[]']) expect(savedTicks(read(bad), 'f'), bad).toEqual([]);
    expect(savedTicks(read('{"checked":{"facteurs":["ok","a\\"] x","B",3],"autre":["z"]}}'), 'f')).toEqual([{ list: 'facteurs', id: 'ok' }]);
  });
});

describe('a questionnaire loads React at once only when it has something to show', () => {
  /** The one element the directive looks for: the island's root, named by its attribute. */
  const rootNamed = (attribute: string, id: string) =>
    ({ querySelector: (selector: string) => (selector === `[${attribute}]` ? { getAttribute: (name: string) => (name === attribute ? id : null) } : null) }) as unknown as ParentNode;
  const questions = [{ id: 'q1' }, { id: 'q2' }];

  it('waits on a first visit, loads at once once answers are saved', () => {
    const storage = new FakeStorage();
    const read = (key: string) => storage.getItem(key);
    const assessment = rootNamed('data-assessment', 'amont');
    const quiz = rootNamed('data-quiz', 'idees-recues');
    expect(questionnaireLoadsAtOnce('autoevaluation', assessment, read, '')).toBe(false);
    expect(questionnaireLoadsAtOnce('quiz', quiz, read, '')).toBe(false);
    const store = new ProgressStore(() => storage);
    store.set('autoevaluation', 'amont', { answers: { q1: 'oui' } });
    expect(questionnaireLoadsAtOnce('autoevaluation', assessment, read, '')).toBe(true);
    expect(questionnaireLoadsAtOnce('quiz', quiz, read, '')).toBe(false);
    store.set('quiz', 'idees-recues', { answers: { a1: 'vrai' } });
    expect(questionnaireLoadsAtOnce('quiz', quiz, read, '')).toBe(true);
  });

  it('loads at once for a shared result, not for an anchor to a question', () => {
    const none = () => null;
    const assessment = rootNamed('data-assessment', 'amont');
    expect(questionnaireLoadsAtOnce('autoevaluation', assessment, none, `#${encodeAnswers(questions, { q1: 'oui', q2: 'non' })}`)).toBe(true);
    expect(questionnaireLoadsAtOnce('autoevaluation', assessment, none, '#question-q1')).toBe(false);
    // A quiz has no shared result: the fragment changes nothing.
    expect(questionnaireLoadsAtOnce('quiz', rootNamed('data-quiz', 'x'), none, `#${encodeAnswers(questions, { q1: 'oui' })}`)).toBe(false);
  });

  it('is asked only of the two questionnaires, whatever the directive value', () => {
    expect(['autoevaluation', 'quiz', 'checklist', '__proto__', 'toString', true].map(isQuestionnaireIsland)).toEqual([true, true, false, false, false, false]);
  });

  it('loads at once when it cannot find its own name, rather than never', () => {
    expect(questionnaireLoadsAtOnce('quiz', rootNamed('data-assessment', 'x'), () => null, '')).toBe(true);
  });
});

describe('the diagnostic loads React at once only when it has something to sum up', () => {
  /** The diagnostic's root as the directive sees it: one element per questionnaire summed up. */
  const diagnosticOf = (ids: string[]) =>
    ({
      querySelectorAll: (selector: string) =>
        selector === `[${DIAGNOSTIC_ENTRY_ATTRIBUTE}]` ? ids.map((id) => ({ getAttribute: (name: string) => (name === DIAGNOSTIC_ENTRY_ATTRIBUTE ? id : null) })) : [],
    }) as unknown as ParentNode;
  const diagnostic = diagnosticOf(['amont', 'pendant', 'apres']);

  it('waits while none of its questionnaires has answers, whatever else is saved', () => {
    const storage = new FakeStorage();
    const read = (key: string) => storage.getItem(key);
    const store = new ProgressStore(() => storage);
    expect(diagnosticLoadsAtOnce(diagnostic, read)).toBe(false);
    store.set('checklist', 'une-fiche', { checked: { facteurs: ['a'] } });
    store.set('quiz', 'idees-recues', { answers: { a1: 'vrai' } });
    store.set('autoevaluation', 'un-autre', { answers: { q1: 'oui' } });
    expect(diagnosticLoadsAtOnce(diagnostic, read)).toBe(false);
    store.set('autoevaluation', 'pendant', { answers: { q1: 'non' } });
    expect(diagnosticLoadsAtOnce(diagnostic, read)).toBe(true);
  });

  it('loads at once for an entry it cannot read: React resets it and tells the reader', () => {
    expect(diagnosticLoadsAtOnce(diagnostic, (key) => (key === storageKey('autoevaluation', 'apres') ? '{' : null))).toBe(true);
  });

  it('loads at once when it names no questionnaire, rather than showing an empty state it cannot vouch for', () => {
    expect(diagnosticLoadsAtOnce(diagnosticOf([]), () => null)).toBe(true);
    expect(diagnosticLoadsAtOnce(diagnosticOf(['amont', '']), () => null)).toBe(true);
  });
});

describe('« Mon suivi » loads React at once when this browser keeps anything of the kit', () => {
  it('waits with nothing of the kit saved, even beside other sites’ keys', () => {
    expect(suiviLoadsAtOnce([])).toBe(false);
    expect(suiviLoadsAtOnce(['autre-site:cle', 'kit-participation', 'kit-participationv1'])).toBe(false);
  });

  it('loads at once for any entry the store wrote, of any version, readable or not', () => {
    const storage = new FakeStorage();
    new ProgressStore(() => storage).set('parcours', 'un-parcours', { done: ['a'] });
    expect(suiviLoadsAtOnce(storedKeys(storage))).toBe(true);
    expect(suiviLoadsAtOnce([storageKey('checklist', 'f', 7)])).toBe(true);
  });

  it('loads at once when storage cannot be read: the page about storage says so at once', () => {
    expect(suiviLoadsAtOnce(null)).toBe(true);
  });

  it('the diagnostic and « Mon suivi » are the summaries, and only they', () => {
    expect(['diagnostic', 'suivi', 'checklist', 'autoevaluation', 'quiz', 'constructor', true].map(isSummaryIsland)).toEqual([true, true, false, false, false, false, false]);
  });
});
