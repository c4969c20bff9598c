import type { ReactNode } from 'react';

/**
 * One place for two contents: what the page shows before its island runs, and what the island
 * shows once it runs. Both are laid out in the same grid cell, so the place is as tall as the
 * taller one from the first paint and nothing below it moves when the island comes to life
 * (issue 14, CLS 0). The other one is `visibility: hidden`: out of sight, out of the
 * accessibility tree, out of reach of the keyboard.
 */
export default function HeldPlace({ live, before, after }: { live: boolean; before: ReactNode; after: ReactNode }) {
  return (
    <div className="held-place">
      <div data-held={live ? 'true' : undefined}>{before}</div>
      <div data-held={live ? undefined : 'true'}>{after}</div>
    </div>
  );
}
