import { describe, expect, it } from 'vitest';
import { ownValue } from '../../src/lib/own.ts';

describe('ownValue', () => {
  const record: Record<string, string> = { amont: 'En amont' };

  it('reads what the record holds itself', () => {
    expect(ownValue(record, 'amont')).toBe('En amont');
    expect(ownValue(JSON.parse('{"__proto__": "x", "constructor": "y"}'), '__proto__')).toBe('x');
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'absent'])('gives nothing for « %s », which it does not hold', (key) => {
    expect(ownValue(record, key)).toBeUndefined();
  });

  it('accepts a record that is not there', () => {
    expect(ownValue(undefined, 'amont')).toBeUndefined();
  });
});
