import { describe, expect, it } from 'vitest';
import { doneStepIds, isEmptyParcours, parcoursCount, setStepDone } from '../../src/lib/progress/parcours.ts';

const steps = [{ id: 'regarder' }, { id: 'cadrer' }, { id: 'inviter' }];

describe('parcours progress', () => {
  it('counts marks by step id, whatever the order of the steps', () => {
    const entry = setStepDone(setStepDone(undefined, 'inviter', true), 'regarder', true);
    expect(parcoursCount(entry, steps)).toEqual({ done: 2, total: 3 });
    expect(parcoursCount(entry, [...steps].reverse())).toEqual({ done: 2, total: 3 });
    expect([...doneStepIds(entry, steps)]).toEqual(['regarder', 'inviter']);
  });

  it('keeps the mark of a step a contributor removed, without counting it', () => {
    const entry = { done: ['regarder', 'ancienne-etape'] };
    expect(parcoursCount(entry, steps)).toEqual({ done: 1, total: 3 });
    expect(setStepDone(entry, 'cadrer', true).done).toEqual(['regarder', 'ancienne-etape', 'cadrer']);
  });

  it('unmarks one step only, never twice the same id, and knows an empty entry', () => {
    const entry = setStepDone(setStepDone({ done: ['regarder', 'cadrer'] }, 'cadrer', false), 'regarder', true);
    expect(entry.done).toEqual(['regarder']);
    expect(isEmptyParcours(setStepDone(entry, 'regarder', false))).toBe(true);
    expect(isEmptyParcours(undefined)).toBe(true);
  });
});
