/**
 * Shapes of JSON read at run time (files beside the search index), checked without zod: the
 * search page's engine stays a few kilobytes.
 */
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A JSON object: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
