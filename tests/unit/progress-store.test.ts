import { describe, expect, it } from 'vitest';
import { MIGRATIONS, ProgressStore, StoreWriteError, type Migration, type StoreNotice } from '../../src/lib/progress/store.ts';
import { STORAGE_VERSION, parseEntryKey, storageKey } from '../../src/lib/progress/keys.ts';
import { FakeStorage, ThrowingStorage } from '../helpers/fake-storage.ts';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const open = (storage: FakeStorage | ThrowingStorage, migrations?: Record<number, Migration>) =>
  new ProgressStore(() => storage, { now: () => NOW, migrations });
const CHECKLIST_KEY = 'kit-participation:v1:checklist:animer-une-reunion';

describe('storage keys', () => {
  it('are versioned and name the type and the id', () => {
    expect(STORAGE_VERSION).toBe(1);
    expect(storageKey('checklist', 'animer-une-reunion')).toBe(CHECKLIST_KEY);
    expect(parseEntryKey(CHECKLIST_KEY)).toEqual({ type: 'checklist', id: 'animer-une-reunion' });
  });

  it('ignore keys of other versions, other types and other sites', () => {
    for (const key of ['kit-participation:v2:checklist:x', 'kit-participation:v1:notes:x', 'kit-participation:v1:checklist:X Y', 'autre-site:v1:checklist:x', 'kit-participation:v1:checklist:x:y']) {
      expect(parseEntryKey(key), key).toBeUndefined();
    }
  });
});

describe('ProgressStore', () => {
  it('saves under the versioned key, stamped, and reads back what it saved', () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.set('checklist', 'animer-une-reunion', { checked: { facteurs: ['objectif-annonce'] } });
    expect(JSON.parse(storage.getItem(CHECKLIST_KEY)!)).toEqual({ checked: { facteurs: ['objectif-annonce'] }, updatedAt: NOW.toISOString() });
    expect(open(storage).get('checklist', 'animer-une-reunion')?.checked.facteurs).toEqual(['objectif-annonce']);
    expect(store.persistent).toBe(true);
    expect(store.notices).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"checked": {"facteurs": ["a"'],
    ['JSON of the wrong shape', JSON.stringify({ checked: { facteurs: 'a' } })],
    ['an id that is not an id', JSON.stringify({ checked: { facteurs: ['<script>'] } })],
    ['null', 'null'],
  ])('resets an entry holding %s, alone, and says so', (_case, garbage) => {
    const storage = new FakeStorage({
      [CHECKLIST_KEY]: garbage,
      'kit-participation:v1:checklist:rendre-compte': JSON.stringify({ checked: { facteurs: ['a'] } }),
      'autre-site': 'garder',
    });
    const store = open(storage);
    const heard: StoreNotice[] = [];
    store.subscribe((notice) => heard.push(notice));
    expect(store.get('checklist', 'animer-une-reunion')).toBeUndefined();
    expect(storage.getItem(CHECKLIST_KEY)).toBeNull();
    expect(heard).toEqual([{ kind: 'corrupt-reset', type: 'checklist', id: 'animer-une-reunion' }]);
    expect(store.get('checklist', 'rendre-compte')?.checked.facteurs).toEqual(['a']);
    expect(storage.getItem('autre-site')).toBe('garder');
    expect(store.persistent).toBe(true);
  });

  it('keeps the steps of a parcours under their own key, and resets a corrupt one alone', () => {
    const key = storageKey('parcours', 'relancer-une-instance');
    expect(key).toBe('kit-participation:v1:parcours:relancer-une-instance');
    const storage = new FakeStorage({ [key]: JSON.stringify({ done: 'demander-pourquoi' }), [CHECKLIST_KEY]: JSON.stringify({ checked: { facteurs: ['a'] } }) });
    const store = open(storage);
    expect(store.get('parcours', 'relancer-une-instance')).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
    expect(store.notices).toEqual([{ kind: 'corrupt-reset', type: 'parcours', id: 'relancer-une-instance' }]);
    expect(store.get('checklist', 'animer-une-reunion')?.checked.facteurs).toEqual(['a']);
    store.set('parcours', 'relancer-une-instance', { done: ['demander-pourquoi'] });
    expect(open(storage).entries().parcours).toEqual({ 'relancer-une-instance': { done: ['demander-pourquoi'], updatedAt: NOW.toISOString() } });
  });

  it('rejects an answer that is not one of the four', () => {
    const key = storageKey('autoevaluation', 'amont');
    const store = open(new FakeStorage({ [key]: JSON.stringify({ answers: { 'existant-connu': 'peut-etre' } }) }));
    expect(store.get('autoevaluation', 'amont')).toBeUndefined();
    expect(store.notices).toEqual([{ kind: 'corrupt-reset', type: 'autoevaluation', id: 'amont' }]);
  });

  it('works in memory for the visit, and says so once, when every call to storage throws', () => {
    const store = open(new ThrowingStorage());
    expect(store.persistent).toBe(false);
    store.set('quiz', 'idees-recues', { answers: { 'bien-parler': 'faux' } });
    expect(store.get('quiz', 'idees-recues')?.answers).toEqual({ 'bien-parler': 'faux' });
    expect(store.entries().quiz).toHaveProperty('idees-recues');
    store.remove('quiz', 'idees-recues');
    expect(store.get('quiz', 'idees-recues')).toBeUndefined();
    expect(store.notices).toEqual([{ kind: 'unavailable' }]);
  });

  it('counts as unavailable a storage that cannot even be reached', () => {
    const store = new ProgressStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.notices).toEqual([{ kind: 'unavailable' }]);
    const missing = new ProgressStore(() => undefined);
    expect(missing.persistent).toBe(false);
  });

  it('moves to memory when the quota is reached, keeping what was saved before', () => {
    const storage = new FakeStorage({ [CHECKLIST_KEY]: JSON.stringify({ checked: { facteurs: ['a'] } }) });
    const store = open(storage);
    storage.refuseWrites = () => true;
    store.set('autoevaluation', 'amont', { answers: { 'existant-connu': 'oui' } });
    expect(store.persistent).toBe(false);
    expect(store.get('autoevaluation', 'amont')?.answers).toEqual({ 'existant-connu': 'oui' });
    expect(store.get('checklist', 'animer-une-reunion')?.checked.facteurs).toEqual(['a']);
    store.set('autoevaluation', 'amont', { answers: { 'existant-connu': 'non' } });
    expect(store.notices).toEqual([{ kind: 'full' }]);
  });

  describe('opened on a storage already full', () => {
    const saved = {
      [CHECKLIST_KEY]: JSON.stringify({ checked: { facteurs: ['a', 'b'] }, updatedAt: '2025-01-01T00:00:00.000Z' }),
      'kit-participation:v1:autoevaluation:amont': JSON.stringify({ answers: { 'existant-connu': 'oui' } }),
      'kit-participation:v1:quiz:idees-recues': JSON.stringify({ answers: { 'bien-parler': 'faux' } }),
    };
    const full = (changed: Record<string, string> = {}) => {
      const storage = new FakeStorage({ ...saved, ...changed });
      storage.quota = 5000;
      storage.fill();
      expect(() => storage.setItem('kit-participation:sonde', '1')).toThrow('quota');
      return storage;
    };

    it('reads every saved entry, and says once that changes cannot be saved', () => {
      const store = open(full());
      expect(store.persistent).toBe(false);
      expect(store.notices).toEqual([{ kind: 'full' }]);
      const entries = store.entries();
      expect(entries.checklist['animer-une-reunion']?.checked.facteurs).toEqual(['a', 'b']);
      expect(entries.autoevaluation.amont?.answers).toEqual({ 'existant-connu': 'oui' });
      expect(entries.quiz['idees-recues']?.answers).toEqual({ 'bien-parler': 'faux' });
    });

    it('keeps the visit\'s changes with the saved entries, and leaves the storage as it was', () => {
      const storage = full();
      const before = storage.snapshot();
      const store = open(storage);
      store.set('checklist', 'rendre-compte', { checked: { etapes: ['c'] } });
      expect(Object.keys(store.entries().checklist).sort()).toEqual(['animer-une-reunion', 'rendre-compte']);
      expect(storage.snapshot()).toEqual(before);
      expect(store.notices).toEqual([{ kind: 'full' }]);
    });

    it('still erases everything on « Tout effacer », which frees space, and other sites\' keys stay', () => {
      const storage = full();
      const store = open(storage);
      store.clearAll();
      expect(Object.keys(storage.snapshot())).toEqual(['autre-site:remplissage']);
      expect(store.entries()).toEqual({ checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} });
      expect(open(storage).entries()).toEqual({ checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} });
    });

    it('resets an unreadable entry in the storage itself, not only for the visit', () => {
      const storage = full({ 'kit-participation:v1:quiz:idees-recues': 'garbage' });
      const store = open(storage);
      expect(store.entries().quiz).toEqual({});
      expect(store.notices).toEqual([{ kind: 'full' }, { kind: 'corrupt-reset', type: 'quiz', id: 'idees-recues' }]);
      expect(storage.getItem('kit-participation:v1:quiz:idees-recues')).toBeNull();
    });

    it('counts as unavailable, not full, a storage that holds nothing yet refuses every write', () => {
      const storage = new FakeStorage();
      storage.refuseWrites = () => true;
      expect(open(storage).notices).toEqual([{ kind: 'unavailable' }]);
    });
  });

  it('lists every valid entry of the current version, resetting unreadable ones on the way', () => {
    const storage = new FakeStorage({
      [CHECKLIST_KEY]: JSON.stringify({ checked: { facteurs: ['a'] } }),
      'kit-participation:v1:autoevaluation:amont': JSON.stringify({ answers: { 'existant-connu': 'oui' } }),
      'kit-participation:v1:quiz:idees-recues': 'garbage',
      'kit-participation:v9:checklist:futur': JSON.stringify({ something: 'new' }),
      'autre-site:v1:checklist:x': '{}',
    });
    const store = open(storage);
    const entries = store.entries();
    expect(Object.keys(entries.checklist)).toEqual(['animer-une-reunion']);
    expect(Object.keys(entries.autoevaluation)).toEqual(['amont']);
    expect(entries.quiz).toEqual({});
    expect(store.notices).toEqual([{ kind: 'corrupt-reset', type: 'quiz', id: 'idees-recues' }]);
    // A newer release's entries and other sites' keys are none of this version's business.
    expect(storage.getItem('kit-participation:v9:checklist:futur')).not.toBeNull();
    expect(storage.getItem('autre-site:v1:checklist:x')).toBe('{}');
  });

  it('replaces everything on import, and restores the previous state if storage refuses half-way', () => {
    const before = {
      [CHECKLIST_KEY]: JSON.stringify({ checked: { facteurs: ['a'] } }),
      'kit-participation:v1:quiz:idees-recues': JSON.stringify({ answers: { 'bien-parler': 'faux' } }),
      'autre-site': 'x',
    };
    const storage = new FakeStorage(before);
    const store = open(storage);
    const incoming = {
      checklist: { 'rendre-compte': { checked: { facteurs: ['b'] } }, 'assurer-le-suivi': { checked: { facteurs: ['c'] } } },
      autoevaluation: {},
      quiz: {},
      parcours: {},
    };
    storage.refuseWrites = (key) => key.endsWith('assurer-le-suivi');
    expect(() => store.replaceAll(incoming)).toThrow(StoreWriteError);
    expect(storage.snapshot()).toEqual(before);

    storage.refuseWrites = undefined;
    store.replaceAll(incoming);
    expect(Object.keys(store.entries().checklist).sort()).toEqual(['assurer-le-suivi', 'rendre-compte']);
    expect(store.entries().quiz).toEqual({});
    expect(storage.getItem('autre-site')).toBe('x');
  });

  it('erases every key of the site, whatever its version, and nothing else', () => {
    const storage = new FakeStorage({
      [CHECKLIST_KEY]: '{}',
      'kit-participation:v0:checklist:x': '[]',
      'kit-participation:v9:quiz:y': '{}',
      'autre-site:v1:checklist:x': '{}',
    });
    open(storage).clearAll();
    expect(Object.keys(storage.snapshot())).toEqual(['autre-site:v1:checklist:x']);
  });
});

describe('migration of older entries', () => {
  // Format 1 is the first the site shipped: the mechanism is proven with a made-up format 0
  // where a checklist was a bare array of ticked ids.
  const fromZero: Record<number, Migration> = {
    0: ({ rest, value }) => ({ rest, value: { checked: { facteurs: value } } }),
  };

  it('has no migration yet for the current format', () => {
    expect(MIGRATIONS).toEqual({});
  });

  it('rewrites an older entry under the current key and removes the old one', () => {
    const storage = new FakeStorage({ 'kit-participation:v0:checklist:rendre-compte': JSON.stringify(['a', 'b']) });
    const store = open(storage, fromZero);
    expect(storage.getItem('kit-participation:v0:checklist:rendre-compte')).toBeNull();
    expect(store.get('checklist', 'rendre-compte')?.checked.facteurs).toEqual(['a', 'b']);
  });

  it('keeps an entry already saved in the current format (it is the newer one)', () => {
    const storage = new FakeStorage({
      'kit-participation:v0:checklist:rendre-compte': JSON.stringify(['old']),
      'kit-participation:v1:checklist:rendre-compte': JSON.stringify({ checked: { facteurs: ['new'] } }),
    });
    const store = open(storage, fromZero);
    expect(store.get('checklist', 'rendre-compte')?.checked.facteurs).toEqual(['new']);
    expect(storage.getItem('kit-participation:v0:checklist:rendre-compte')).toBeNull();
  });

  it('leaves alone what it cannot migrate, so that nothing is lost', () => {
    const storage = new FakeStorage({
      'kit-participation:v0:checklist:a': JSON.stringify('not a list'),
      'kit-participation:v0:notes:b': JSON.stringify(['x']),
    });
    const failing: Record<number, Migration> = {
      0: (entry) => {
        if (entry.rest.startsWith('notes')) throw new Error('unknown');
        return fromZero[0]!(entry);
      },
    };
    open(storage, failing);
    expect(storage.getItem('kit-participation:v0:checklist:a')).not.toBeNull();
    expect(storage.getItem('kit-participation:v0:notes:b')).not.toBeNull();
    expect(storage.getItem('kit-participation:v1:checklist:a')).toBeNull();
  });

  it('does not touch entries of a newer format', () => {
    const storage = new FakeStorage({ 'kit-participation:v2:checklist:a': JSON.stringify({ anything: true }) });
    open(storage, fromZero);
    expect(storage.getItem('kit-participation:v2:checklist:a')).not.toBeNull();
  });
});
