import { describe, expect, it } from 'vitest';
import { checkedIds, checklistCount, isEmptyChecklist, setItemChecked, type ChecklistList } from '../../src/lib/progress/checklist.ts';
import type { ChecklistEntry } from '../../src/schemas/progress.ts';

const v1: ChecklistList = { name: 'facteurs', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] };

describe('checklist progress', () => {
  it('ticks and unticks by id, and counts', () => {
    let entry: ChecklistEntry | undefined;
    entry = setItemChecked(entry, 'facteurs', 'b', true);
    entry = setItemChecked(entry, 'facteurs', 'd', true);
    entry = setItemChecked(entry, 'facteurs', 'd', true);
    expect(entry.checked.facteurs).toEqual(['b', 'd']);
    expect(checklistCount(entry, [v1])).toEqual({ checked: 2, total: 4 });
    entry = setItemChecked(entry, 'facteurs', 'b', false);
    expect([...checkedIds(entry, v1)]).toEqual(['d']);
  });

  it('keeps every remaining tick on its item when a later version reorders, adds and removes items', () => {
    const entry: ChecklistEntry = { checked: { facteurs: ['b', 'd'] } };
    const v2: ChecklistList = { name: 'facteurs', items: [{ id: 'nouveau' }, { id: 'd' }, { id: 'a' }, { id: 'b' }] };
    expect([...checkedIds(entry, v2)].sort()).toEqual(['b', 'd']);
    const v3: ChecklistList = { name: 'facteurs', items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    expect([...checkedIds(entry, v3)]).toEqual(['b']);
    expect(checklistCount(entry, [v3])).toEqual({ checked: 1, total: 3 });
  });

  it('keeps the tick of a removed item in storage, so that it comes back with the item', () => {
    const entry = setItemChecked({ checked: { facteurs: ['retire', 'a'] } }, 'facteurs', 'b', true);
    expect(entry.checked.facteurs).toEqual(['retire', 'a', 'b']);
    expect(checklistCount(entry, [v1]).checked).toBe(2);
  });

  it('keeps the lists of a fiche apart (ids are unique per list only)', () => {
    const etapes: ChecklistList = { name: 'etapes', items: [{ id: 'a' }, { id: 'z' }] };
    const entry = setItemChecked({ checked: { facteurs: ['a'] } }, 'etapes', 'z', true);
    expect([...checkedIds(entry, etapes)]).toEqual(['z']);
    expect(checklistCount(entry, [v1, etapes])).toEqual({ checked: 2, total: 6 });
  });

  it('knows an entry with nothing ticked is empty', () => {
    expect(isEmptyChecklist(undefined)).toBe(true);
    expect(isEmptyChecklist({ checked: { facteurs: [], etapes: [] } })).toBe(true);
    expect(isEmptyChecklist({ checked: { facteurs: ['a'] } })).toBe(false);
  });
});
