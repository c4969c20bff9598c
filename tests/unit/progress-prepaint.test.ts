import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/lib/progress/store.ts';
import { savedTicks } from '../../src/lib/progress/prepaint.ts';
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
