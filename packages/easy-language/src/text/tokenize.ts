export type TokenKind = 'word' | 'number' | 'abbreviation' | 'url' | 'punctuation';

export interface Token {
  kind: TokenKind;
  text: string;
  /** text in lower case, for look-ups */
  lower: string;
  from: number;
  to: number;
  /** Whitespace directly before the token (false at the start of the text). */
  spaceBefore: boolean;
  /** A line break between the previous token and this one. */
  lineBreakBefore: boolean;
}

// URLs and e-mail addresses first (their dots and slashes are not sentence ends or special characters),
// then words (letters, digits inside, joined by hyphens, apostrophes or the Mediopunkt), numbers with
// thousands/decimal/time separators, and any other single character.
const TOKEN_PATTERN =
  /(?<url>https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]|www\.[^\s<>"]+[^\s<>".,;:!?)]|[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)|(?<word>\p{L}[\p{L}\p{M}\d]*(?:[-‐‑'’·][\p{L}\p{M}\d]+)*)|(?<number>\d+(?:[.,:]\d+)*)|(?<other>\S)/gu;

const SINGLE_LETTER = /^\p{L}$/u;

/**
 * Splits text into tokens with UTF-16 offsets. Dotted abbreviations from `dottedAbbreviations`
 * (normalised without spaces, lower case: „z.b.“, „bzw.“) become one token, also when written with
 * spaces („z. B.“), so their dots never end a sentence.
 */
export function tokenize(text: string, dottedAbbreviations: ReadonlySet<string>): Token[] {
  const raw: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups ?? {};
    const value = match[0];
    const from = match.index;
    const gap = text.slice(previousEnd, from);
    const kind: TokenKind =
      groups.url !== undefined
        ? 'url'
        : groups.word !== undefined
          ? 'word'
          : groups.number !== undefined
            ? 'number'
            : 'punctuation';
    raw.push({
      kind,
      text: value,
      lower: value.toLowerCase(),
      from,
      to: from + value.length,
      spaceBefore: gap.length > 0,
      lineBreakBefore: /[\n\r\u2028\u2029]/.test(gap),
    });
    previousEnd = from + value.length;
  }
  return mergeAbbreviations(text, raw, dottedAbbreviations);
}

function mergeAbbreviations(text: string, tokens: Token[], known: ReadonlySet<string>): Token[] {
  const result: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const length = abbreviationLength(tokens, index, known);
    if (length === 0) {
      result.push(tokens[index]);
      index += 1;
      continue;
    }
    const first = tokens[index];
    const last = tokens[index + length - 1];
    const value = text.slice(first.from, last.to);
    result.push({ ...first, kind: 'abbreviation', text: value, lower: value.toLowerCase(), to: last.to });
    index += length;
  }
  return result;
}

/** Number of raw tokens (word, dot, word, dot, …) forming the longest known or initial-style abbreviation at index. */
function abbreviationLength(tokens: Token[], index: number, known: ReadonlySet<string>): number {
  let best = 0;
  let normalised = '';
  let letters = 0;
  let cursor = index;
  while (cursor + 1 < tokens.length) {
    const word = tokens[cursor];
    const dot = tokens[cursor + 1];
    if (word.kind !== 'word' || dot.text !== '.' || dot.spaceBefore) break;
    // later parts may follow after one space („z. B.“) but not across a line
    if (cursor > index && (word.lineBreakBefore || word.lower.length > 3)) break;
    normalised += `${word.lower}.`;
    letters += 1;
    cursor += 2;
    if (known.has(normalised)) best = cursor - index;
    // unknown chains of single letters („i. A.“) are abbreviations too
    else if (letters >= 2 && SINGLE_LETTER.test(word.text) && SINGLE_LETTER.test(tokens[index].text))
      best = cursor - index;
  }
  return best;
}
