/**
 * `record[key]` when the record holds that key itself, undefined otherwise. Keys read from an
 * address, from the reader's storage or from a contributor's file may be « constructor »,
 * « __proto__ » or « toString »: plain indexing would hand back what every object inherits.
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
