/**
 * CSV as RFC 4180 writes it (comma, CRLF, double quotes doubled), UTF-8 with no byte order mark.
 * A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe: a contributor's text must never become a formula on the
 * computer of whoever opens the table (OWASP « CSV injection »).
 */
export type Cell = string | number | null | undefined;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.has(text[0] ?? '')) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
