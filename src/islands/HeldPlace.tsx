import type { ReactNode } from 'react';

/**
 * One place for two contents: what the page shows before its island knows what this browser
 * keeps, and what it shows once it knows. Both are laid out in the same grid cell, so the place is
 * as tall as the taller one from the first paint and nothing below it moves when the island comes
 * to life (issue 14, CLS 0). The one not shown is `visibility: hidden`: out of sight, out of the
 * accessibility tree, out of reach of the keyboard. `after` is `data-pending` until `live`: the
 * directive shows it before React when it found nothing saved, and `before` then gives way
 * (`data-until-known`, islands.css).
 */
export default function HeldPlace({ live, before, after }: { live: boolean; before: ReactNode; after: ReactNode }) {
  return (
    <div className="held-place">
      <div data-held={live ? 'true' : undefined} data-until-known="">
        {before}
      </div>
      <div data-pending={live ? undefined : 'true'}>{after}</div>
    </div>
  );
}
