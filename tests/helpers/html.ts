/** Minimal HTML reading for tests on built pages (no DOM needed for these checks). */
export function textOf(html: string): string {
  return decode(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export function headingsOf(html: string, tag: 'h1' | 'h2' | 'h3'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => textOf(m[1]!));
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text of each `<script type="application/json">`, cut where the HTML parser ends it: at the first `</script`. */
export function inlineJson(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="application\/json"[^>]*>([\s\S]*?)<\/script/gi)].map((m) => m[1]!);
}

/** What is wrong with the JSON a page carries inline: unreadable, or open to the HTML parser. */
export function inlineJsonProblems(html: string): string[] {
  return inlineJson(html).flatMap((text) => {
    const problems: string[] = [];
    const raw = text.match(/[<>&\u2028\u2029]/)?.[0];
    if (raw) problems.push(`caractère « ${raw} » non échappé`);
    try {
      JSON.parse(text);
    } catch {
      problems.push(`JSON illisible : ${text.slice(0, 60)}`);
    }
    return problems;
  });
}

const SEARCH_VOCABULARY = /(<script type="application\/json" id="search-vocabulary">)[\s\S]*?(<\/script>)/;

/** The built search page with other text in place of its vocabulary, to see what a hostile one would do. */
export function withSearchVocabulary(searchPage: string, text: string): string {
  if (!SEARCH_VOCABULARY.test(searchPage)) throw new Error('page de recherche sans vocabulaire (script#search-vocabulary)');
  return searchPage.replace(SEARCH_VOCABULARY, (_, open: string, close: string) => `${open}${text}${close}`);
}
