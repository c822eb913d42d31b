import type { LanguageLevel } from '../types';
import { type Localized, type RawFinding, type RawSuggestion, type Rule, say, spanOf, writeAs } from './rule';

interface CharacterAdvice {
  message: Localized;
  suggestion?: RawSuggestion;
  /** Also checked for Einfache Sprache. */
  simple: boolean;
}

const QUOTE = {
  message: say(
    'Anführungszeichen sind schwer. Lassen Sie sie weg oder schreiben Sie den Satz anders.',
    'Quotation marks are hard. Leave them out or phrase the sentence differently.',
  ),
  simple: false,
};
const BRACKET = {
  message: say(
    'Klammern sind schwer. Schreiben Sie den Inhalt als eigenen Satz.',
    'Brackets are hard. Write their content as a sentence of its own.',
  ),
  simple: false,
};

const ADVICE: Record<string, CharacterAdvice> = {
  '&': {
    message: say('Schreiben Sie „und“ statt „&“.', 'Write “und” instead of “&”.'),
    suggestion: writeAs('und'),
    simple: true,
  },
  '§': {
    message: say('Schreiben Sie „Paragraf“ statt „§“.', 'Write “Paragraf” instead of “§”.'),
    suggestion: writeAs('Paragraf'),
    simple: false,
  },
  '/': {
    message: say(
      'Der Schräg·strich ist schwer. Schreiben Sie „oder“ oder „und“.',
      'The slash is hard. Write “oder” or “und”.',
    ),
    suggestion: writeAs(' oder ', 'oder'),
    simple: false,
  },
  ';': {
    message: say(
      'Statt Semikolon: Setzen Sie einen Punkt und machen Sie zwei Sätze.',
      'Instead of a semicolon: put a full stop and make two sentences.',
    ),
    simple: true,
  },
  '%': {
    message: say(
      'Schreiben Sie „Prozent“ aus, oder besser: „viele“, „wenige“.',
      'Write out “Prozent”, or better: “viele”, “wenige”.',
    ),
    simple: false,
  },
  '€': {
    message: say('Schreiben Sie „Euro“ statt „€“.', 'Write “Euro” instead of “€”.'),
    suggestion: writeAs('Euro'),
    simple: false,
  },
  '*': {
    message: say(
      'Sonderzeichen „*“: Schreiben Sie beide Formen aus („Kundinnen und Kunden“).',
      'Special character “*”: write out both forms (“Kundinnen und Kunden”).',
    ),
    simple: true,
  },
  '#': {
    message: say('Sonderzeichen „#“ ist schwer. Schreiben Sie „Nummer“.', 'The character “#” is hard. Write “Nummer”.'),
    simple: true,
  },
  '+': {
    message: say('Schreiben Sie „und“ oder „plus“ statt „+“.', 'Write “und” or “plus” instead of “+”.'),
    simple: false,
  },
  '~': { message: say('Schreiben Sie „ungefähr“ statt „~“.', 'Write “ungefähr” instead of “~”.'), simple: true },
  '|': {
    message: say(
      'Sonderzeichen „|“ ist schwer. Schreiben Sie einen eigenen Satz.',
      'The character “|” is hard. Write a sentence of its own.',
    ),
    simple: true,
  },
  '\\': { message: say('Sonderzeichen „\\“ ist schwer.', 'The character “\\” is hard.'), simple: true },
  '<': { message: say('Schreiben Sie „weniger als“ statt „<“.', 'Write “weniger als” instead of “<”.'), simple: true },
  '>': { message: say('Schreiben Sie „mehr als“ statt „>“.', 'Write “mehr als” instead of “>”.'), simple: true },
  '"': QUOTE,
  '„': QUOTE,
  '“': QUOTE,
  '”': QUOTE,
  '‚': QUOTE,
  '‘': QUOTE,
  '«': QUOTE,
  '»': QUOTE,
  "'": QUOTE,
  '(': BRACKET,
  '[': BRACKET,
};

const applies = (advice: CharacterAdvice, level: LanguageLevel) => level === 'LEICHTE_SPRACHE' || advice.simple;

export const specialCharacterRule: Rule = {
  id: 'special-character',
  title: 'Sonderzeichen',
  description: 'Sonderzeichen wie &, §, /, ;, %, Anführungszeichen und Klammern sind schwer. Schreiben Sie Wörter.',
  en: {
    title: 'Special character',
    description: 'Special characters such as &, §, /, ;, %, quotation marks and brackets are hard. Write words.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence, context) {
    const findings: RawFinding[] = [];
    const tokens = sentence.tokens;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token.kind !== 'punctuation') continue;
      // a percent sign after a number is the percentage rule's finding
      if (token.text === '%' && tokens[index - 1]?.kind === 'number') continue;
      const advice = ADVICE[token.text];
      if (advice !== undefined && applies(advice, context.level)) {
        const suggestion =
          advice.suggestion &&
          token.text === '/' &&
          tokens[index + 1] &&
          !tokens[index + 1].spaceBefore &&
          !token.spaceBefore
            ? advice.suggestion
            : advice.suggestion && token.text !== '/'
              ? {
                  ...advice.suggestion,
                  text: token.spaceBefore || index === 0 ? advice.suggestion.text : ` ${advice.suggestion.text}`,
                }
              : undefined;
        findings.push(spanOf(token, token, advice.message, suggestion));
        continue;
      }
      // gender colon inside a word („Kund:innen“)
      if (
        token.text === ':' &&
        !token.spaceBefore &&
        tokens[index + 1]?.kind === 'word' &&
        !tokens[index + 1].spaceBefore &&
        tokens[index - 1]?.kind === 'word'
      ) {
        findings.push(
          spanOf(
            token,
            token,
            say(
              'Doppelpunkt im Wort: Schreiben Sie beide Formen aus („Kundinnen und Kunden“).',
              'Colon inside a word: write out both forms (“Kundinnen und Kunden”).',
            ),
          ),
        );
      }
    }
    return findings;
  },
};
