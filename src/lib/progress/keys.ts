import { ENTRY_TYPES, STORED_ID_PATTERN, type EntryType } from '../../schemas/progress-format.ts';

/** Every key the site writes starts with this, so that « Tout effacer » never touches another site's data. */
export const KEY_PREFIX = 'kit-participation';

/**
 * Version of the stored format, part of every key. A format change bumps it and registers a
 * migration from the previous version in store.ts; entries of a newer version (written by a later
 * release, read after going back to an older one) are left untouched.
 */
export const STORAGE_VERSION = 1;

export function storageKey(type: EntryType, id: string, version = STORAGE_VERSION): string {
  return `${KEY_PREFIX}:v${version}:${type}:${id}`;
}

/** Splits any key of the site into its version and the rest (`checklist:<id>`), whatever the version. */
export function parseVersionedKey(key: string): { version: number; rest: string } | undefined {
  const match = /^kit-participation:v(\d{1,4}):(.+)$/.exec(key);
  return match ? { version: Number(match[1]), rest: match[2]! } : undefined;
}

/** Type and id of a key of the current version; undefined for any other key. */
export function parseEntryKey(key: string): { type: EntryType; id: string } | undefined {
  const parsed = parseVersionedKey(key);
  if (!parsed || parsed.version !== STORAGE_VERSION) return undefined;
  const [type, id, ...extra] = parsed.rest.split(':');
  if (extra.length || !id || !STORED_ID_PATTERN.test(id)) return undefined;
  return (ENTRY_TYPES as readonly string[]).includes(type!) ? { type: type as EntryType, id } : undefined;
}

export function isSiteKey(key: string): boolean {
  return key.startsWith(`${KEY_PREFIX}:`);
}
