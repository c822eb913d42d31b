import type { Token } from './tokenize';

export interface Sentence {
  from: number;
  to: number;
  tokens: Token[];
  /** Word and number tokens only (abbreviations count as words). */
  words: Token[];
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '“', '”', '«', '»', '‘', '’', "'", ')', ']']);
export const MONTHS = new Set([
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'jan.',
  'feb.',
  'febr.',
  'mär.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dez.',
]);
// nouns that usually follow an ordinal number („3. Stock“)
const ORDINAL_HEADS = new Set([
  'stock',
  'etage',
  'klasse',
  'monat',
  'tag',
  'woche',
  'jahr',
  'quartal',
  'kapitel',
  'platz',
  'stufe',
  'mal',
  'semester',
  'modul',
  'lebensjahr',
  'jahrhundert',
  'termin',
  'rang',
  'auflage',
]);
// words before a day of the month („am 1. Mai“, „bis zum 3.“)
const DATE_LEADS = new Set(['am', 'zum', 'vom', 'ab', 'bis', 'dem', 'den', 'des', 'im', 'seit', 'zum', 'spätestens']);
// abbreviations that often close a list at the end of a sentence
const FINAL_ABBREVIATIONS = new Set(['usw.', 'etc.', 'u.v.m.', 'o.ä.', 'ff.', 'u.ä.']);

const startsUpper = (token: Token | undefined) =>
  token !== undefined && token.text[0] !== token.lower[0] && token.kind !== 'number';

function isOrdinalDot(tokens: Token[], dotIndex: number): boolean {
  const number = tokens[dotIndex - 1];
  const dot = tokens[dotIndex];
  if (number?.kind !== 'number' || dot.spaceBefore || /[.,:]/.test(number.text)) return false;
  const next = tokens[dotIndex + 1];
  if (next === undefined || next.lineBreakBefore) return false;
  if (next.kind === 'word' || next.kind === 'abbreviation') {
    if (!startsUpper(next)) return true;
    if (MONTHS.has(next.lower) || ORDINAL_HEADS.has(next.lower)) return true;
  }
  if (next.kind === 'number') return true;
  const before = tokens[dotIndex - 2];
  return before !== undefined && DATE_LEADS.has(before.lower) && Number(number.text) <= 31;
}

function endsSentence(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token.kind === 'abbreviation') {
    const normalised = token.lower.replace(/\s+/g, '');
    return FINAL_ABBREVIATIONS.has(normalised) && (index + 1 === tokens.length || startsUpper(tokens[index + 1]));
  }
  if (token.kind !== 'punctuation' || !TERMINATORS.has(token.text)) return false;
  if (token.text === '.' && isOrdinalDot(tokens, index)) return false;
  return true;
}

/** Groups tokens into sentences: at . ! ? … (not after abbreviations or ordinal numbers) and at line breaks. */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const words = current.filter(
      (token) => token.kind === 'word' || token.kind === 'number' || token.kind === 'abbreviation',
    );
    sentences.push({ from: current[0].from, to: current[current.length - 1].to, tokens: current, words });
    current = [];
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.lineBreakBefore) flush();
    current.push(token);
    if (!endsSentence(tokens, index)) continue;
    // keep „?!“, „...“ and closing quotes or brackets with the sentence they end
    while (
      index + 1 < tokens.length &&
      !tokens[index + 1].spaceBefore &&
      (TERMINATORS.has(tokens[index + 1].text) || CLOSERS.has(tokens[index + 1].text))
    ) {
      index += 1;
      current.push(tokens[index]);
    }
    flush();
  }
  flush();
  return sentences;
}
