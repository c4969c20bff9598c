import { findBrokenLinks as find, type BrokenLink } from '../../src/lib/site/links.ts';

export type { BrokenLink };

/** The build checks its own links with the same finder (scripts/steps/check-site.ts); tests read the list. */
export const findBrokenLinks = (root: string, base: string): BrokenLink[] => find(root, base).broken;
