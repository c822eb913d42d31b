/**
 * Query classes of the latency benchmark: what people type into the wiki's search, with
 * words that occur in the (demo-derived) articles.
 */
import type { SearchFilterInput } from './search-server';

export interface BenchQuery {
  text: string;
  filter?: SearchFilterInput;
  /** Instant results of the header (no facets), as while typing. */
  instant?: boolean;
}

export interface QueryClass {
  name: string;
  queries: BenchQuery[];
}

const ONE_WORD = [
  'Integrationskurs',
  'Berufssprachkurs',
  'Anerkennung',
  'Jobcenter',
  'Kinderbetreuung',
  'Datenschutz',
  'Einwilligung',
  'Sprachmittlung',
  'Beschäftigungsduldung',
  'Kursträger',
  'Migrantenorganisationen',
  'Eingangszone',
  'Piktogramme',
  'Teilqualifizierung',
  'Wartezeiten',
  'Checkliste',
  'Ausländerbehörde',
  'Vermittlungsbudget',
  'Zertifikat',
  'Dolmetschen',
];

const TWO_WORDS = [
  'Integrationskurs Verpflichtung',
  'Berufssprachkurs Berechtigung',
  'Anerkennung Kosten',
  'Kinderbetreuung Integrationskurs',
  'freie Kursplätze',
  'Datenschutz Einwilligung',
  'Leichte Sprache',
  'Sprachmittlung Telefon',
  'Ausländerbehörde Zustimmung',
  'Migrantenorganisationen Kontakte',
  'Jour fixe',
  'Eingangszone mehrsprachig',
  'Teilqualifizierung Umschulung',
  'Kursabbruch Fehlzeiten',
  'Zertifikat Prüfung',
  'Beratung Geflüchtete',
];

const THREE_WORDS = [
  'Integrationskurs Jobcenter Verpflichtung',
  'Anerkennung ausländischer Berufsabschlüsse',
  'Berufssprachkurs Module Prüfung',
  'Zusammenarbeit mit Sprachkursträgern',
  'Datenschutz Kursträger Einwilligung',
  'Kosten Anerkennung Vermittlungsbudget',
  'Erstgespräch geflüchtete Kunden',
  'Kinderbetreuung Kursplätze Eltern',
  'Piktogramme Wegeleitung Barrierefreiheit',
  'Sprachmittlung Video Telefon',
  'Zustimmung Bundesagentur Beschäftigung',
  'Infoveranstaltung Kulturverein planen',
];

const TYPOS = [
  'Integrationskrus',
  'Sprahkurs',
  'Berufssprachkurz',
  'Anerkenung',
  'Kinderbetreung',
  'Datenschuz',
  'Dolmetchen',
  'Migrantenorganisatonen',
  'Beschäftigungsdulding',
  'Wartezeitn',
  'Eingangzone',
  'Teilqualifizirung',
  'Piktogrmme',
  'Einwiligung',
];

const PREFIXES = [
  'Integrationsk',
  'Sprachk',
  'Anerk',
  'Kinderbetr',
  'Berufssprach',
  'Dolmet',
  'Migrantenorg',
  'Beschäftigungsd',
  'Ausländerb',
  'Teilqual',
  'Integrationskurs Verpfl',
  'Leichte Spr',
  'Datenschutz Einw',
  'Eingangsz',
];

/** The query classes; `categoryIds` feed the filtered class (language and category filters). */
export function queryClasses(categoryIds: readonly string[]): QueryClass[] {
  const filtered: BenchQuery[] = [];
  for (const [index, text] of [...ONE_WORD.slice(0, 10), ...TWO_WORDS.slice(0, 6)].entries()) {
    filtered.push(
      index % 2 === 0
        ? { text, filter: { languages: ['de'] } }
        : { text, filter: { categoryIds: [categoryIds[index % categoryIds.length]] } },
    );
  }
  // As the search page sends them: trimmed, so the server also prefix-matches the last word.
  return [
    { name: 'one word', queries: ONE_WORD.map((text) => ({ text })) },
    { name: 'two words', queries: TWO_WORDS.map((text) => ({ text })) },
    { name: 'three words', queries: THREE_WORDS.map((text) => ({ text })) },
    { name: 'typo', queries: TYPOS.map((text) => ({ text })) },
    // Typing in the header: the last word is incomplete, instant results without facets.
    { name: 'prefix', queries: PREFIXES.map((text) => ({ text, instant: true })) },
    { name: 'filtered', queries: filtered },
  ];
}
