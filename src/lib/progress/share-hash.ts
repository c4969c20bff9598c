/**
 * Answers of a self-assessment in the URL's fragment, so that a team can share a result without
 * any server: `#r=1.` then five characters per answered question — four for a short hash of the
 * question's id, one for the answer (o = oui, p = en partie, n = non, s = ne sait pas).
 *
 * Ids rather than positions make the link survive a later version of the questionnaire: a question
 * moved keeps its answer, a removed one is ignored (and counted), a new one is simply unanswered.
 * A unit test checks that no two questions of the same questionnaire share a hash.
 */
import { assessmentEntrySchema, type StoredAnswer } from '../../schemas/progress.ts';
import { SHARE_HASH_PARAM } from '../../schemas/progress-format.ts';
import { ownValue } from '../own.ts';

export const SHARE_VERSION = 1;
const PARAM = SHARE_HASH_PARAM;
const HASH_LENGTH = 4;
const HASH_SPACE = 36 ** HASH_LENGTH;

/**
 * The longest fragment read, in characters: room for 800 answers, when the content rules allow 12
 * questions. A longer one is refused before any parsing, so that a forged link of megabytes does
 * not keep the page busy.
 */
export const MAX_SHARE_FRAGMENT = 4096;

const LETTERS: Readonly<Record<StoredAnswer, string>> = { oui: 'o', 'en-partie': 'p', non: 'n', 'ne-sait-pas': 's' };
const FROM_LETTER: Readonly<Record<string, StoredAnswer>> = Object.fromEntries(Object.entries(LETTERS).map(([answer, letter]) => [letter, answer as StoredAnswer]));

/** FNV-1a, 32 bits, folded into four base-36 characters. */
export function idHash(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % HASH_SPACE).toString(36).padStart(HASH_LENGTH, '0');
}

/** The fragment (without `#`) for these answers, in questionnaire order. */
export function encodeAnswers(questions: readonly { id: string }[], answers: Readonly<Record<string, StoredAnswer>>): string {
  const tokens = questions.flatMap((q) => {
    const answer = ownValue(answers, q.id);
    return answer ? [`${idHash(q.id)}${LETTERS[answer]}`] : [];
  });
  return `${PARAM}=${SHARE_VERSION}.${tokens.join('')}`;
}

export type DecodedAnswers =
  | { status: 'ok'; answers: Record<string, StoredAnswer>; ignored: number }
  /** No shared answers in this fragment. */
  | { status: 'absent' }
  /** Written by a later version of the site, which this one cannot read. */
  | { status: 'newer' }
  /** Cut or altered. */
  | { status: 'malformed' };

export function decodeAnswers(fragment: string, questions: readonly { id: string }[]): DecodedAnswers {
  const text = fragment.replace(/^#/, '');
  if (text.length > MAX_SHARE_FRAGMENT) {
    // Too long to be read, yet it may still be meant as shared answers: then say the link is broken.
    return text.startsWith(`${PARAM}=`) || text.includes(`&${PARAM}=`) ? { status: 'malformed' } : { status: 'absent' };
  }
  const value = new URLSearchParams(text).get(PARAM);
  if (value === null) return { status: 'absent' };
  const match = /^(\d{1,4})\.([0-9a-z]*)$/.exec(value);
  if (!match) return { status: 'malformed' };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { status: 'newer' };
  if (version < 1) return { status: 'malformed' };
  const body = match[2]!;
  const size = HASH_LENGTH + 1;
  if (body.length % size !== 0) return { status: 'malformed' };
  const byHash = new Map(questions.map((q) => [idHash(q.id), q.id]));
  const answers: Record<string, StoredAnswer> = {};
  let ignored = 0;
  for (let index = 0; index < body.length; index += size) {
    const answer = ownValue(FROM_LETTER, body[index + HASH_LENGTH]!);
    if (!answer) return { status: 'malformed' };
    const id = byHash.get(body.slice(index, index + HASH_LENGTH));
    if (!id) ignored += 1;
    else if (!Object.hasOwn(answers, id)) answers[id] = answer;
  }
  // The answers go where stored ones go: they must have the same shape.
  if (!assessmentEntrySchema.safeParse({ answers }).success) return { status: 'malformed' };
  return { status: 'ok', answers, ignored };
}
