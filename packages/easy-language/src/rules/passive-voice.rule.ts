import type { Token } from '../text/tokenize';
import { type RawFinding, type Rule, say } from './rule';

// finite forms of „werden“ that may also mark the future („Sie werden … bekommen“)
const WERDEN_AMBIGUOUS = new Set(['werden', 'werde', 'werdet']);
const WERDEN_PASSIVE = new Set([
  'wird',
  'wirst',
  'wurde',
  'wurden',
  'wurdest',
  'wurdet',
  'worden',
  'würde',
  'würden',
  'würdest',
]);
const INSEPARABLE = ['be', 'ver', 'er', 'ent', 'zer', 'emp', 'miss', 'über', 'unter', 'hinter', 'wider', 'ge'];
const SEPARABLE = [
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'ein',
  'fest',
  'frei',
  'her',
  'hin',
  'los',
  'mit',
  'nach',
  'vor',
  'weg',
  'zu',
  'zurück',
  'zusammen',
  'dar',
  'um',
  'durch',
  'wieder',
  'teil',
  'statt',
  'bereit',
  'kennen',
  'gut',
  'weiter',
  'vorbei',
  'heraus',
  'hinein',
  'voran',
  'fort',
];
// infinitives that look like participles (ge-…-en)
const GE_INFINITIVES = new Set([
  'gehen',
  'geben',
  'gelten',
  'gewinnen',
  'gehören',
  'genießen',
  'geschehen',
  'gestalten',
  'gefallen',
  'gewähren',
  'gewöhnen',
  'gestatten',
  'gelingen',
  'genügen',
  'gebrauchen',
  'geraten',
  'gedenken',
  'gestehen',
  'gewährleisten',
  'genehmigen',
  'gefährden',
]);
// adjectives and adverbs with participle-like shape
const NOT_PARTICIPLES = new Set([
  'bereit',
  'bekannt',
  'verwandt',
  'erst',
  'ernst',
  'gesamt',
  'gerecht',
  'geheim',
  'genau',
  'gerade',
  'gestern',
  'gemeinsam',
  'bestimmt',
  'berühmt',
  'insgesamt',
  'zuständig',
  'gesund',
  'gewiss',
  'geduldig',
  'gegen',
  'genug',
  'gegenüber',
  'erneut',
  'übermorgen',
  'geboren',
  'gelegen',
  'geschweige',
  'verschieden',
  'entlang',
  'ergebnisoffen',
]);
// strong participles with an inseparable prefix that differ from their infinitive
const STRONG_PARTICIPLES = new Set([
  'verschoben',
  'beschrieben',
  'unterschrieben',
  'entschieden',
  'überwiesen',
  'bezogen',
  'entzogen',
  'vergeben',
  'erhoben',
  'gestrichen',
  'verwiesen',
  'unterbrochen',
  'besprochen',
  'versprochen',
  'getroffen',
  'ergriffen',
  'verliehen',
  'erworben',
  'gebeten',
  'verlassen',
  'erlassen',
  'behandelt',
]);
// participles that equal their infinitive („bekommen“): only passive after „wird/wurde…“
const SAME_AS_INFINITIVE = /^(?:be|ver|er|ent|emp|über|unter)\p{L}{3,}en$/u;

/** Whether a lower-case word is a past participle; `strict` excludes forms that equal the infinitive. */
export function isParticiple(word: string, strict: boolean): boolean {
  if (word.length < 5 || NOT_PARTICIPLES.has(word)) return false;
  if (STRONG_PARTICIPLES.has(word)) return true;
  if (/^\p{L}{3,}iert$/u.test(word)) return true;
  const separable = SEPARABLE.find((prefix) => word.startsWith(`${prefix}ge`) && word.length > prefix.length + 4);
  const stem = separable ? word.slice(separable.length) : word;
  if (stem.startsWith('ge') && stem.length >= 5) {
    if (stem.endsWith('t') && !stem.endsWith('st')) return true;
    if (stem.endsWith('en') && !GE_INFINITIVES.has(stem)) return true;
  }
  const inseparable = INSEPARABLE.find(
    (prefix) => prefix !== 'ge' && word.startsWith(prefix) && word.length >= prefix.length + 4,
  );
  if (inseparable) {
    if (/[^s]t$/.test(word) || /(?:et|tet)$/.test(word)) return true;
    if (!strict && SAME_AS_INFINITIVE.test(word)) return true;
  }
  return false;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—', '(', ')']);

function clauses(tokens: Token[]): Token[][] {
  const result: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'punctuation' && CLAUSE_BREAKS.has(token.text)) result.push([]);
    else result[result.length - 1].push(token);
  }
  return result.filter((clause) => clause.length > 0);
}

export const passiveVoiceRule: Rule = {
  id: 'passive-voice',
  title: 'Passiv',
  description:
    'Passiv-Sätze (mit „wird“, „wurde“, „werden“ und „gemacht“, „geprüft“ …) sagen nicht, wer etwas tut. Schreiben Sie aktiv: „Das Jobcenter prüft den Antrag.“',
  en: {
    title: 'Passive voice',
    description:
      'Passive sentences (with „wird“, „wurde“, „werden“ and „gemacht“, „geprüft“ …) do not say who does something. Write actively: „Das Jobcenter prüft den Antrag.“',
  },
  severity: { LEICHTE_SPRACHE: 'warning', EINFACHE_SPRACHE: 'info' },
  check(sentence) {
    const findings: RawFinding[] = [];
    for (const clause of clauses(sentence.tokens)) {
      const auxiliary = clause.find(
        (token) => token.kind === 'word' && (WERDEN_PASSIVE.has(token.lower) || WERDEN_AMBIGUOUS.has(token.lower)),
      );
      if (!auxiliary) continue;
      const strict = WERDEN_AMBIGUOUS.has(auxiliary.lower) && !clause.some((token) => WERDEN_PASSIVE.has(token.lower));
      const participle = clause.find(
        (token) =>
          token !== auxiliary &&
          token.kind === 'word' &&
          token.text === token.lower &&
          !WERDEN_PASSIVE.has(token.lower) &&
          isParticiple(token.lower, strict),
      );
      if (!participle) continue;
      const [first, last] = participle.from < auxiliary.from ? [participle, auxiliary] : [auxiliary, participle];
      findings.push({
        from: first.from,
        to: last.to,
        message: say(
          `Passiv („${auxiliary.text} … ${participle.text}“): Hier steht nicht, wer etwas tut. Schreiben Sie aktiv, zum Beispiel „Das Jobcenter prüft den Antrag.“ statt „Der Antrag wird geprüft.“`,
          `Passive voice (“${auxiliary.text} … ${participle.text}”): it does not say who does something. Write actively, for example “Das Jobcenter prüft den Antrag.” instead of “Der Antrag wird geprüft.”`,
        ),
      });
    }
    return findings;
  },
};
