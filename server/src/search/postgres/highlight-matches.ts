import { normalizeSearchText } from './normalize-search-text';

const WORD = /[\p{L}\p{N}]+/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

interface WordSpan {
  start: number;
  end: number;
}

/**
 * A word matches when its folded form contains a search stem, so "Sprachkurs" marks
 * "Berufssprachkurse" and "Sprachkursträger" too (compound words).
 */
function matchingWords(text: string, stems: readonly string[]): WordSpan[] {
  const usable = stems.filter((stem) => stem.length >= 2);
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = normalizeSearchText(match[0]);
    const hit = usable.some((stem) => (stem.length >= 4 ? folded.includes(stem) : folded.startsWith(stem)));
    if (hit) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function markup(text: string, spans: WordSpan[], from: number, to: number): string {
  let html = '';
  let cursor = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    html += `${escapeHtml(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** The whole text, HTML-escaped, with matching words in <mark>. */
export function highlightMatches(text: string, stems: readonly string[]): string {
  return markup(text, matchingWords(text, stems), 0, text.length);
}

/** About `length` characters around the first match (or the start), escaped, with <mark>s and ellipses. */
export function snippetAround(text: string, stems: readonly string[], length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const spans = matchingWords(flat, stems);
  const first = spans[0];
  let start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${markup(flat, spans, start, end)}${end < flat.length ? ' …' : ''}`;
}
