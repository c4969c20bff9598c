/** Sizes as the bench prints them, in French units. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} Ko`;

/** Ko for a page, Mo once a whole site or index outgrows a megabyte. */
export const size = (bytes: number): string => (bytes < 1024 * 1024 ? kb(bytes) : `${(bytes / 1024 / 1024).toFixed(1)} Mo`);

export const times = (ratio: number): string => `×${ratio.toFixed(ratio < 10 ? 2 : 1)}`;
