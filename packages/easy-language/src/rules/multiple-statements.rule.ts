import type { Token } from '../text/tokenize';
import { CLAUSE_STARTERS, isCapitalised, type RawFinding, type Rule, say, spanOf } from './rule';
import { REPORTED_SPEECH } from './subjunctive.rule';

// always start a subordinate clause
const SUBORDINATORS = new Set([
  'weil',
  'dass',
  'daß',
  'obwohl',
  'obgleich',
  'falls',
  'sofern',
  'nachdem',
  'bevor',
  'sobald',
  'solange',
  'sodass',
  'indem',
  'wenn',
  'ob',
  'ehe',
  'wohingegen',
]);
// subordinate only right after a comma („…, damit Sie …“, „…, wo Sie …“)
const AFTER_COMMA = new Set([
  'damit',
  'seitdem',
  'wo',
  'wann',
  'warum',
  'wieso',
  'weshalb',
  'wer',
  'was',
  'wobei',
  'wodurch',
  'womit',
  'woran',
  'worauf',
  'wofür',
  'wohin',
  'woher',
]);
// subordinate after a comma when a pronoun follows („…, bis Sie …“ but not „…, bis 12 Uhr“)
const AFTER_COMMA_WITH_SUBJECT = new Set(['als', 'bis', 'während', 'seit', 'wie', 'so']);
// joining two main clauses after a comma
const COORDINATORS = new Set(['aber', 'denn', 'sondern', 'doch', 'jedoch', 'und', 'oder']);
const RELATIVE_PRONOUNS = new Set([
  'der',
  'die',
  'das',
  'dem',
  'den',
  'denen',
  'deren',
  'dessen',
  'welche',
  'welcher',
  'welches',
  'welchen',
  'welchem',
]);
const PREPOSITIONS = new Set([
  'an',
  'auf',
  'aus',
  'bei',
  'durch',
  'für',
  'gegen',
  'in',
  'mit',
  'nach',
  'ohne',
  'über',
  'um',
  'unter',
  'von',
  'vor',
  'zu',
  'zwischen',
  'wegen',
]);
const INFINITIVE_LEADS = new Set(['um', 'ohne', 'statt', 'anstatt']);
const DETERMINERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einen',
  'einem',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'dann',
  'deshalb',
  'dafür',
  'dabei',
  'danach',
  'trotzdem',
]);

const isComma = (token: Token | undefined) => token?.text === ',';

/** „die“ after a comma starts a relative clause unless it is the article of a new noun phrase („, die Unterlagen …“). */
function startsRelativeClause(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next === undefined || next.kind === 'punctuation') return false;
  if (CLAUSE_STARTERS.has(next.lower)) return true;
  if (isCapitalised(next)) return false;
  const afterNext = tokens[index + 2];
  const adjectiveLike = /(?:e|en|er|es|em)$/.test(next.lower) && next.lower.length >= 4;
  return !(adjectiveLike && isCapitalised(afterNext));
}

const SUBJECTS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'man']);
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '–', '(', ')']);

/** The words after a comma up to the next punctuation. */
function clauseAfter(tokens: Token[], commaIndex: number): Token[] {
  const clause: Token[] = [];
  for (let index = commaIndex + 1; index < tokens.length && !CLAUSE_END.has(tokens[index].text); index += 1)
    clause.push(tokens[index]);
  return clause;
}

/** „…, eine Arbeit zu finden.“: ends with „zu“ + infinitive. */
const isInfinitiveClause = (clause: Token[]) =>
  clause.length >= 2 &&
  clause[clause.length - 2].lower === 'zu' &&
  /^\p{Ll}+(?:en|ern|eln)$/u.test(clause[clause.length - 1].text);

function clauseMarkers(tokens: Token[]): Token[] {
  const markers: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.text === ';') {
      markers.push(token);
      continue;
    }
    if (token.text === ',') {
      const clause = clauseAfter(tokens, index);
      const first = clause[0];
      // infinitive clauses and reported speech („…, der Kurs sei voll“) that no word below marks
      if (first && !INFINITIVE_LEADS.has(first.lower) && isInfinitiveClause(clause)) markers.push(first);
      else if (first && clause.some((word, at) => REPORTED_SPEECH.has(word.lower) && (word.lower !== 'habe' || at > 0)))
        if (
          !SUBORDINATORS.has(first.lower) &&
          !(RELATIVE_PRONOUNS.has(first.lower) && startsRelativeClause(tokens, index + 1))
        )
          markers.push(first);
      continue;
    }
    // a second main clause joined without a comma („… und Sie lernen …“)
    if (
      index > 0 &&
      (token.lower === 'und' || token.lower === 'oder' || token.lower === 'aber') &&
      tokens[index - 1]?.text !== ','
    ) {
      const subject = tokens[index + 1];
      const verb = tokens[index + 2];
      if (subject && verb && SUBJECTS.has(subject.lower) && verb.kind === 'word' && verb.text === verb.lower) {
        markers.push(token);
        continue;
      }
    }
    if (token.kind !== 'word') continue;
    const afterComma = isComma(tokens[index - 1]);
    const next = tokens[index + 1];
    if (SUBORDINATORS.has(token.lower)) {
      // „wenn“ in „wenn möglich“ or „als wenn“ still starts a clause; „ob“ is never anything else
      markers.push(token);
    } else if (afterComma && AFTER_COMMA.has(token.lower)) {
      markers.push(token);
    } else if (afterComma && AFTER_COMMA_WITH_SUBJECT.has(token.lower) && next && CLAUSE_STARTERS.has(next.lower)) {
      markers.push(token);
    } else if (index === 0 && token.lower === 'während' && next && CLAUSE_STARTERS.has(next.lower)) {
      markers.push(token);
    } else if (afterComma && INFINITIVE_LEADS.has(token.lower)) {
      if (tokens.slice(index + 2).some((later) => later.lower === 'zu' || /^\p{L}+zu\p{L}+en$/u.test(later.lower)))
        markers.push(token);
    } else if (afterComma && COORDINATORS.has(token.lower) && next) {
      if (token.lower === 'denn' || CLAUSE_STARTERS.has(next.lower) || DETERMINERS.has(next.lower)) markers.push(token);
    } else if (afterComma && RELATIVE_PRONOUNS.has(token.lower) && startsRelativeClause(tokens, index)) {
      markers.push(token);
    } else if (
      afterComma &&
      PREPOSITIONS.has(token.lower) &&
      next &&
      RELATIVE_PRONOUNS.has(next.lower) &&
      (tokens[index + 2] === undefined ||
        !isCapitalised(tokens[index + 2]) ||
        CLAUSE_STARTERS.has(tokens[index + 2].lower))
    ) {
      markers.push(token);
    }
  }
  return markers;
}

export const multipleStatementsRule: Rule = {
  id: 'multiple-statements',
  title: 'Mehr als eine Aussage',
  description:
    'Ein Satz soll nur eine Aussage haben. Nebensätze (mit „weil“, „dass“, „wenn“, „der/die/das“ nach einem Komma) sind schwer. Machen Sie zwei Sätze daraus.',
  en: {
    title: 'More than one statement',
    description:
      'A sentence should make one statement only. Subordinate clauses (with „weil“, „dass“, „wenn“, „der/die/das“ after a comma) are hard. Make two sentences.',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence, context) {
    const markers = clauseMarkers(sentence.tokens);
    // Einfache Sprache allows one subordinate clause per sentence
    if (markers.length === 0 || (context.level === 'EINFACHE_SPRACHE' && markers.length < 2)) return [];
    return markers.map((marker): RawFinding =>
      spanOf(
        marker,
        marker,
        marker.text === ';'
          ? say(
              'Hier beginnt eine zweite Aussage. Setzen Sie einen Punkt und machen Sie zwei Sätze.',
              'A second statement starts here. Put a full stop and make two sentences.',
            )
          : say(
              `Mit „${marker.text}“ beginnt eine zweite Aussage. Machen Sie zwei Sätze daraus.`,
              `A second statement starts with “${marker.text}”. Make two sentences of it.`,
            ),
      ),
    );
  },
};
