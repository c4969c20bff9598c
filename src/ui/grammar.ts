/**
 * French grammar for counted words, in one place for the pages, the islands and the command
 * line tools. `Intl.PluralRules('fr')` says what French says: « 0 fiche », « 1 fiche »,
 * « 2 fiches ».
 */
const french = new Intl.PluralRules('fr');

/** « question » or « questions »: the word alone, for sentences that place the count themselves. */
export const pluralWord = (count: number, singular: string, pluralForm = `${singular}s`) => (french.select(count) === 'one' ? singular : pluralForm);

/** « 1 fiche », « 3 fiches »: the count and its word. */
export const plural = (count: number, singular: string, pluralForm = `${singular}s`) => `${count} ${pluralWord(count, singular, pluralForm)}`;

/** « 1, 2 et 4 »: a French enumeration of numbers. */
export const listNumbers = (list: readonly number[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}` : String(list[0] ?? '');
