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
 * "Berufssprachkurse" and "Sprachkursträger" too (compound words). Only words starting in
 * [from, to) are looked at, and at most `limit` spans are returned: folding every word of a
 * long text costs more than the search itself.
 */
function matchingWords(
  text: string,
  stems: readonly string[],
  from = 0,
  to = text.length,
  limit = Infinity,
): WordSpan[] {
  const usable = stems.filter((stem) => stem.length >= 2);
  const spans: WordSpan[] = [];
  if (usable.length === 0) return spans;
  // Folding can lengthen a word only through ß → ss, so shorter words cannot hold any stem.
  const shortest = Math.min(...usable.map((stem) => stem.length));
  // Texts repeat their words: each distinct word is folded and tested once.
  const verdicts = new Map<string, boolean>();
  const words = new RegExp(WORD.source, WORD.flags);
  words.lastIndex = from;
  for (let match = words.exec(text); match && match.index < to && spans.length < limit; match = words.exec(text)) {
    const word = match[0];
    if (word.length * 2 < shortest) continue;
    let hit = verdicts.get(word);
    if (hit === undefined) {
      const folded = normalizeSearchText(word);
      hit = usable.some((stem) => (stem.length >= 4 ? folded.includes(stem) : folded.startsWith(stem)));
      verdicts.set(word, hit);
    }
    if (hit) spans.push({ start: match.index, end: match.index + word.length });
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
  const [first] = matchingWords(flat, stems, 0, flat.length, 1);
  let start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  // A word cut by the window's start is not marked (markup only marks spans inside it).
  const spans = matchingWords(flat, stems, start, end);
  return `${start > 0 ? '… ' : ''}${markup(flat, spans, start, end)}${end < flat.length ? ' …' : ''}`;
}
