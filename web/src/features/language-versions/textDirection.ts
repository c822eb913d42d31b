/** Languages written right to left among those we publish in (Arabic, Farsi, Pashto) and a few more. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'he', 'ur', 'ckb', 'dv', 'yi']);

/** The `dir` for content in `language` (a BCP 47 tag such as "ar" or "fa-AF"). */
export function textDirection(language: string | null | undefined): 'rtl' | 'ltr' {
  const primary = (language ?? '').split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * `lang` and `dir` for the editor element. Set as DOM attributes of the editable element (what
 * Tiptap's own textDirection plugin does too) rather than with Tiptap's `textDirection` option,
 * because that option also adds a `dir` attribute to every node type, and the schema must stay
 * the one the server validates (packages/editor).
 */
export function languageAttributes(language: string | undefined): Record<string, string> {
  return language ? { lang: language, dir: textDirection(language) } : {};
}
