const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** ASCII whitespace, C0 and C1 control characters. */
function isIgnoredByBrowsers(character: string): boolean {
  const code = character.charCodeAt(0);
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * The lower-case scheme of a URL (`'https'`), or `null` for a relative URL.
 * Browsers skip control characters and whitespace inside a scheme
 * (`java\tscript:` runs as `javascript:`), so they are dropped before looking.
 */
export function getUrlScheme(url: string): string | null {
  const compact = Array.from(url)
    .filter((character) => !isIgnoredByBrowsers(character))
    .join('');
  const match = SCHEME.exec(compact);
  return match?.[1] ? match[1].toLowerCase() : null;
}
