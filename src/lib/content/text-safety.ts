/**
 * Characters that change how text is shown without being seen: bidirectional controls can make
 * a line read one way on screen and another way to the parser (« Trojan Source »).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

export function findInvisibleControls(text: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const match = BIDI_CONTROLS.exec(line);
    if (match) {
      const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      found.push({ line: index + 1, message: `caractère invisible de sens d'écriture (U+${code}) : il peut faire lire le texte autrement qu'il ne s'affiche ; supprimez-le` });
    }
  });
  return found;
}
