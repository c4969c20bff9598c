/** « question » or « questions »: the word alone, for sentences that place the count themselves. */
export const pluralWord = (count: number, singular: string, pluralForm = `${singular}s`) => (count > 1 ? pluralForm : singular);

/** « 1, 2 et 4 »: a French enumeration of numbers. */
export const listNumbers = (list: readonly number[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}` : String(list[0] ?? '');
