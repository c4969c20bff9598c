/**
 * How long the search page's field waits after the last key before searching: long enough not to
 * search every letter on a slow phone, short enough to feel immediate. The bench adds it to its
 * search times.
 */
export const SEARCH_DEBOUNCE_MS = 200;
