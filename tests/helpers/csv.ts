/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows, character by character:
 * the tests read the published tables back without trusting the code that wrote them. A cell
 * that starts with an apostrophe before a formula sign gets its apostrophe removed, as the writer
 * documents.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(unguard(cell));
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(unguard(cell));
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('CSV : la dernière ligne ne finit pas par CRLF');
  return rows;
}

const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
