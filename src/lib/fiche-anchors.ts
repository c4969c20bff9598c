/**
 * Anchors inside a fiche page that other pages link to: its rubrics and its checklist items.
 * One home, used by the checklist island that sets the ids, the script that paints saved ticks
 * before React loads (progress/prepaint.ts) and the parcours that point to them.
 */

/**
 * The id Astro gives a rubric heading (github-slugger: lower case, punctuation dropped, each
 * space a hyphen). A site test checks every fiche page carries these ids.
 */
export function rubricAnchor(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The id of one checklist item on its fiche page: `facteurs-<fiche>-<item>`. */
export function checklistItemAnchor(list: string, ficheId: string, itemId: string): string {
  return `${list}-${ficheId}-${itemId}`;
}
