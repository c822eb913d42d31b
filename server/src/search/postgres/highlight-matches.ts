import { normalizeSearchText, WORD_POINTS } from './normalize-search-text';

/** A word; Leichte Sprache's word points ("Job·center") stay inside it, as normalizeSearchText drops them. */
const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${WORD_POINTS}][\\p{L}\\p{N}]+)*`, 'gu');
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
  // One shared pattern (this loop never yields): compiling a Unicode pattern per call cost more than the loop.
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to && spans.length < limit; match = WORD.exec(text)) {
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

const WHITESPACE = /\s/g;
/** Runs of whitespace and other whitespace than one plain space (far fewer matches than every space). */
const WHITESPACE_RUN = /\s{2,}|[^\S ]/g;

/** The first whitespace character at or after `from`, or -1. */
function nextWhitespace(text: string, from: number): number {
  WHITESPACE.lastIndex = from;
  return WHITESPACE.exec(text)?.index ?? -1;
}

/** The start of the word at `index` (or of the next word, from whitespace). */
function wordStartAt(text: string, index: number): number {
  let start = index;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  return start;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where `stem` first occurs in a folded text as matchingWords counts it: anywhere in a word, or
 * only at a word's start for short stems (else a short stem inside words far before the first
 * word that starts with it would have every word in between folded). -1 if nowhere.
 */
function firstOccurrence(folded: string, stem: string): number {
  let index = folded.indexOf(stem);
  if (stem.length >= 4) return index;
  while (index > 0 && WORD_CHARACTER.test(folded.charAt(index - 1))) index = folded.indexOf(stem, index + 1);
  return index;
}

/**
 * Where to start looking for the first matching word: null when no word can match, else a word
 * start at or before it. Folding the text and finding the stems in it is much cheaper than
 * folding word after word up to a match deep in a long text; it is folded in pieces that end at
 * whitespace (so no word is split), until a piece holds a stem. Folding keeps the words and their
 * order; the first occurrence of a stem lies in the first matching word (or before it, for short
 * stems that count only at a word's start), and folding moves it back by at most the growth of
 * the non-ASCII characters before it in its piece (ASCII only shrinks: ae/oe/ue → a/o/u).
 */
function scanFrom(text: string, stems: readonly string[]): number | null {
  const usable = stems.filter((stem) => stem.length >= 2);
  if (usable.length === 0) return null;
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + SCAN_CHUNK);
    if (end < text.length) {
      const whitespace = nextWhitespace(text, end);
      end = whitespace < 0 ? text.length : whitespace;
    }
    const piece = text.slice(start, end);
    const folded = normalizeSearchText(piece);
    let first = Infinity;
    for (const stem of usable) {
      const index = firstOccurrence(folded, stem);
      if (index >= 0 && index < first) first = index;
    }
    if (first !== Infinity) {
      const from = start + first - MAX_FOLD_GROWTH * piece.replace(/[^\x80-\uffff]+/g, '').length;
      return from <= start ? start : wordStartAt(text, from);
    }
    start = end + 1;
  }
  return null;
}

const NON_WHITESPACE = /\S/g;

/** The text before the word starting at `wordStart` as a snippet shows it (see flatUpTo). */
function flatHead(text: string, wordStart: number): string {
  // A word starts at wordStart, so no whitespace run crosses it.
  return text.slice(0, wordStart).replace(WHITESPACE_RUN, ' ').trimStart();
}

/**
 * The text as a snippet shows it (whitespace runs as one space, trimmed), but only as far as
 * needed: `head` (flatHead) is the text before the word starting at `wordStart`, so that word
 * lies at `offset` of `flat`, and `flat` reaches more than `after` characters beyond it, or is
 * `complete`. Flattening a long text whole cost more than the rest of its snippet.
 */
function flatUpTo(
  text: string,
  wordStart: number,
  head: string,
  after: number,
): { flat: string; offset: number; complete: boolean } {
  // The raw text is never shorter than its flattened form: usually one round.
  for (let reach = after + 1; ; reach *= 2) {
    const whitespace = wordStart + reach < text.length ? nextWhitespace(text, wordStart + reach) : -1;
    const end = whitespace < 0 ? text.length : whitespace;
    const tail = text.slice(wordStart, end).replace(WHITESPACE_RUN, ' ');
    NON_WHITESPACE.lastIndex = end;
    if (!NON_WHITESPACE.test(text)) return { flat: (head + tail).trim(), offset: head.length, complete: true };
    if (tail.length > after) return { flat: (head + tail).trimStart(), offset: head.length, complete: false };
  }
}

/** About `length` characters around the first match (or the start), escaped, with <mark>s and ellipses. */
export function snippetAround(text: string, stems: readonly string[], length: number): string {
  const from = scanFrom(text, stems);
  const [first] = from === null ? [] : matchingWords(text, stems, from, text.length, 1);
  const wordStart = first?.start ?? 0;
  const head = flatHead(text, wordStart);
  // The window starts at most a word beyond `length / 4` before the match (usually before it).
  for (let after = length + 1; ; after *= 2) {
    const { flat, offset, complete } = flatUpTo(text, wordStart, head, after);
    let start = first ? Math.max(0, offset - Math.floor(length / 4)) : 0;
    if (start > 0) {
      const space = flat.indexOf(' ', start);
      if (space < 0 && !complete) continue;
      start = space + 1 || start;
    }
    // The window and the character after it must be there (or the text ends before).
    if (!complete && start + length >= flat.length) continue;
    let end = Math.min(flat.length, start + length);
    if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
    // A word cut by the window's start is not marked (markup only marks spans inside it).
    const spans = matchingWords(flat, stems, start, end);
    return `${start > 0 ? '… ' : ''}${markup(flat, spans, start, end)}${end < flat.length ? ' …' : ''}`;
  }
}
