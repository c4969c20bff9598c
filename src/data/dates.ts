/**
 * The content files' dates for the pages and endpoints, read once per build from the
 * repository's history (see src/lib/content-dates.ts for what happens without git).
 */
import { readContentDates, type ContentDates } from '../lib/content-dates.ts';

let dates: ContentDates | undefined;

export function contentDates(): ContentDates {
  dates ??= readContentDates(process.cwd());
  return dates;
}
