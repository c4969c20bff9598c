/**
 * The one way text reaches HTML that Astro does not escape for us: `set:html`, JSON read back by
 * a script (`<script type="application/json">`) and HTML written as a string (the running header
 * and footer of the PDFs). Contributors are strangers: any of this text may be hostile.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]!);
}

/**
 * JSON that can sit inside a `<script>` element. The HTML parser ends a script at the first
 * `</script`, whatever the JSON around it, and `<!--` changes how it reads what follows: writing
 * `<`, `>` and `&` as \u escapes leaves JSON.parse the same value and the parser nothing to see.
 * U+2028 and U+2029 are escaped too, so that the text stays valid if read as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript : cette valeur ne peut pas s\'écrire en JSON');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Markup kept as it is inside a script element that the browser does not run (a results template
 * for instance). Such markup cannot be escaped without changing it, so it is refused, with the
 * reason, if it could end the script or open a comment that hides the rest of the page.
 */
export function scriptTemplate(markup: string): string {
  const found = /<\/script|<!--|<script/i.exec(markup);
  if (found) throw new Error(`Modèle HTML refusé dans un élément <script> : il contient « ${found[0]} », qui fermerait le script ou cacherait la suite de la page.`);
  return markup;
}
