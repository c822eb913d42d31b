import { normalizeSearchText } from './normalize-search-text';

const WORD = /[\p{L}\p{N}]+/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Folded forms of words seen before: texts of one language share most of their words. */
const folded = new Map<string, string>();
const FOLDED_CAPACITY = 50_000;

function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = normalizeSearchText(word);
    if (folded.size >= FOLDED_CAPACITY) folded.clear();
    folded.set(word, result);
  }
  return result;
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
      const form = foldWord(word);
      hit = usable.some((stem) => (stem.length >= 4 ? form.includes(stem) : form.startsWith(stem)));
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

/** Non-ASCII characters fold into at most this many (ß → ss, … → ..., ½ → 1⁄2). */
const MAX_FOLD_GROWTH = 3;

/** Texts are folded piece by piece: the first match is usually near the start. */
const SCAN_CHUNK = 600;

/**
 * Where to start looking for the first matching word: null when no word can match, else a word
 * start at or before it. Folding the text and finding the stems in it is much cheaper than
 * folding word after word up to a match deep in a long text; it is folded in pieces that end at
 * spaces (so no word is split), until a piece holds a stem. Folding keeps the words and their
 * order; the first occurrence of a stem lies in the first matching word (or before it, for short
 * stems that count only at a word's start), and folding moves it back by at most the growth of
 * the non-ASCII characters before it in its piece (ASCII only shrinks: ae/oe/ue → a/o/u).
 */
function scanFrom(flat: string, stems: readonly string[]): number | null {
  const usable = stems.filter((stem) => stem.length >= 2);
  if (usable.length === 0) return null;
  for (let start = 0; start < flat.length;) {
    let end = Math.min(flat.length, start + SCAN_CHUNK);
    if (end < flat.length) end = flat.indexOf(' ', end) < 0 ? flat.length : flat.indexOf(' ', end);
    const piece = flat.slice(start, end);
    const folded = normalizeSearchText(piece);
    let first = Infinity;
    for (const stem of usable) {
      const index = folded.indexOf(stem);
      if (index >= 0 && index < first) first = index;
    }
    if (first !== Infinity) {
      const from = start + first - MAX_FOLD_GROWTH * piece.replace(/[\p{ASCII}]+/gu, '').length;
      // Back to the start of the word there (or of the next word, from a space).
      return from <= start ? start : flat.lastIndexOf(' ', from) + 1;
    }
    start = end + 1;
  }
  return null;
}

/** About `length` characters around the first match (or the start), escaped, with <mark>s and ellipses. */
export function snippetAround(text: string, stems: readonly string[], length: number): string {
  // Only runs other than one plain space are replaced (far fewer matches than every space).
  const flat = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  const from = scanFrom(flat, stems);
  const [first] = from === null ? [] : matchingWords(flat, stems, from, flat.length, 1);
  let start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  // A word cut by the window's start is not marked (markup only marks spans inside it).
  const spans = matchingWords(flat, stems, start, end);
  return `${start > 0 ? '… ' : ''}${markup(flat, spans, start, end)}${end < flat.length ? ' …' : ''}`;
}
