/** German and typographic quotes users type for phrases. */
const TYPOGRAPHIC_QUOTES = /[„“”«»]/g;

/** A phrase (optionally negated) or any other run of non-space characters. */
const TOKEN = /-?"[^"]*"|\S+/g;

/**
 * Normalizes the user's text into Meilisearch's query syntax, which natively supports
 * `"phrases"`, `-word` and `-"phrase"` exclusion and matches the last word as a prefix:
 * typographic quotes become `"`, an unmatched quote is dropped, empty phrases and lone
 * minus signs are removed and whitespace is collapsed (one trailing space is kept, as it
 * ends the prefix match of the last word).
 */
export function toMeilisearchQuery(text: string): string {
  let query = text.replace(TYPOGRAPHIC_QUOTES, '"');
  if ((query.match(/"/g)?.length ?? 0) % 2 === 1) {
    const last = query.lastIndexOf('"');
    query = `${query.slice(0, last)} ${query.slice(last + 1)}`;
  }
  const tokens = (query.match(TOKEN) ?? []).flatMap((token) => {
    const phrase = /^(-?)"([^"]*)"$/.exec(token);
    if (!phrase) return token === '-' ? [] : [token];
    const words = phrase[2].replace(/\s+/g, ' ').trim();
    return words === '' ? [] : [`${phrase[1]}"${words}"`];
  });
  // Meilisearch matches the last word as a prefix unless the text ends with a space: keep one.
  return tokens.length > 0 && /\s$/.test(text) ? `${tokens.join(' ')} ` : tokens.join(' ');
}
