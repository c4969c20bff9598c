/**
 * Saved ticks, read before React loads so that they show as soon as the list does. Runs in the
 * page's inline script (src/islands/hydrate-on-interaction.ts): no zod, a few hundred bytes.
 * Anything malformed reads as « no tick »; the island, once loaded, validates the entry, resets
 * only what is corrupt and tells the reader (store.ts).
 */
import { CHECKLIST_LISTS, SHARE_HASH_PARAM, STORED_ID_PATTERN, type ChecklistListName } from '../../schemas/progress-format.ts';
import { checklistItemAnchor } from '../fiche-anchors.ts';
import { isSiteKey, storageKey } from './keys.ts';

export function savedTicks(read: (key: string) => string | null, ficheId: string): { list: ChecklistListName; id: string }[] {
  let entry: unknown;
  try {
    entry = JSON.parse(read(storageKey('checklist', ficheId)) ?? 'null');
  } catch {
    return [];
  }
  const checked = (entry as { checked?: unknown } | null)?.checked;
  if (!checked || typeof checked !== 'object') return [];
  return CHECKLIST_LISTS.flatMap((list) => {
    const ids = (checked as Record<string, unknown>)[list];
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && STORED_ID_PATTERN.test(id)).map((id) => ({ list, id })) : [];
  });
}

/** Marks the saved ticks on the server's paper boxes of one fiche's checklists. */
export function paintSavedTicks(root: ParentNode & { ownerDocument: Document | null }, read: (key: string) => string | null): void {
  const block = root.querySelector('[data-checklist]');
  const ficheId = block?.getAttribute('data-checklist');
  if (!block || !ficheId) return;
  for (const { list, id } of savedTicks(read, ficheId)) {
    block.querySelector(`[id="${checklistItemAnchor(list, ficheId, id)}"] .checklist__box`)?.classList.add('checklist__box--ticked');
  }
}

/** Where a questionnaire island names itself (SelfAssessment.tsx, Quiz.tsx). */
const QUESTIONNAIRE_ATTRIBUTE = { autoevaluation: 'data-assessment', quiz: 'data-quiz' } as const;
type QuestionnaireIsland = keyof typeof QUESTIONNAIRE_ATTRIBUTE;

export function isQuestionnaireIsland(value: unknown): value is QuestionnaireIsland {
  return typeof value === 'string' && Object.hasOwn(QUESTIONNAIRE_ATTRIBUTE, value);
}

/**
 * The `data-choice` of one answer to one question, on its paper box and on the radio or button
 * React draws for it: the directive replays a tap made before React on the control of the same choice.
 */
export const choiceKey = (questionId: string, answer: string) => `${questionId}:${answer}`;

/**
 * Whether a questionnaire must load React at once rather than on the first touch: the reader has
 * answers saved (their result, the explanations of a quiz are drawn by React), or the address
 * carries a shared result. A first visit, the common case, waits for the reader.
 */
export function questionnaireLoadsAtOnce(
  kind: QuestionnaireIsland,
  root: ParentNode,
  read: (key: string) => string | null,
  fragment: string,
): boolean {
  const attribute = QUESTIONNAIRE_ATTRIBUTE[kind];
  const id = root.querySelector(`[${attribute}]`)?.getAttribute(attribute);
  if (!id) return true;
  if (kind === 'autoevaluation' && new URLSearchParams(fragment.replace(/^#/, '')).has(SHARE_HASH_PARAM)) return true;
  return read(storageKey(kind, id)) !== null;
}

/** Where the diagnostic names each self-assessment it sums up, one per phase (Diagnostic.tsx). */
export const DIAGNOSTIC_ENTRY_ATTRIBUTE = 'data-phase';

/**
 * Set by the directive on a summary that has found nothing saved for it: what the island shows
 * when this browser keeps nothing is then true before React loads (`[data-pending]`, islands.css).
 */
export const NOTHING_SAVED_ATTRIBUTE = 'data-nothing-saved';

/** The islands that sum up what this browser keeps, and show their empty state without React. */
const SUMMARY_ISLANDS = ['diagnostic', 'suivi'] as const;

export function isSummaryIsland(value: unknown): value is (typeof SUMMARY_ISLANDS)[number] {
  return (SUMMARY_ISLANDS as readonly unknown[]).includes(value);
}

/**
 * Whether the diagnostic must load React at once: this browser keeps answers to one of the
 * questionnaires it sums up (percentages, levels and the fiches to start with are React's). On a
 * first visit, the common case, its empty state is already the truth: it shows without React.
 */
export function diagnosticLoadsAtOnce(root: ParentNode, read: (key: string) => string | null): boolean {
  const ids = [...root.querySelectorAll(`[${DIAGNOSTIC_ENTRY_ATTRIBUTE}]`)].map((element) => element.getAttribute(DIAGNOSTIC_ENTRY_ATTRIBUTE) ?? '');
  if (ids.length === 0 || ids.includes('')) return true;
  return ids.some((id) => read(storageKey('autoevaluation', id)) !== null);
}

/** Every key of a storage, in its own order; the directive reads the browser's with it. */
export function storedKeys(storage: { readonly length: number; key(index: number): string | null }): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
}

/**
 * Whether « Mon suivi » must load React at once: this browser keeps anything of the kit, of any
 * version (the tables, a reset entry's notice and what an older format migrates to are React's),
 * or its storage cannot be read (`keys` null), which the page about storage must say at once.
 */
export function suiviLoadsAtOnce(keys: readonly string[] | null): boolean {
  return keys === null || keys.some(isSiteKey);
}

/** What the directive can see of the reader's storage; both read null where it is refused. */
export interface StorageView {
  read: (key: string) => string | null;
  keys: () => string[] | null;
}

/**
 * Whether a `client:interaction` island loads React at once rather than on the first touch, by its
 * directive value: a questionnaire or a summary with something to show; never a checklist, whose
 * ticks are painted without React.
 */
export function loadsAtOnce(kind: unknown, root: ParentNode, storage: StorageView, fragment: string): boolean {
  if (kind === 'diagnostic') return diagnosticLoadsAtOnce(root, storage.read);
  if (kind === 'suivi') return suiviLoadsAtOnce(storage.keys());
  return isQuestionnaireIsland(kind) && questionnaireLoadsAtOnce(kind, root, storage.read, fragment);
}
