const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Turns Meilisearch's `_formatted` text (the original, unescaped text with the highlight
 * markers inserted) into safe HTML: every text part is escaped and only the exact markers
 * become `<mark>`/`</mark>`. Markers are balanced, so a stray marker in the document text
 * can never leave an open or unmatched tag.
 */
export function toSafeHighlight(formatted: string, preTag: string, postTag: string): string {
  if (preTag === '' || postTag === '' || preTag === postTag) {
    throw new Error('Highlight markers must be distinct, non-empty strings');
  }
  const parts = formatted.split(new RegExp(`(${escapeRegExp(preTag)}|${escapeRegExp(postTag)})`));
  let html = '';
  let open = false;
  for (const part of parts) {
    if (part === preTag) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === postTag) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
