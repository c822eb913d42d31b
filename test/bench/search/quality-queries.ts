/**
 * Realistic queries over the German demo content (server/src/seed/demo/articles) with the
 * article(s) that should come first, written by reading the demo articles. `relevant` lists
 * demo titles: the reciprocal rank counts the first of them, recall@5 counts all of them.
 */
export type QualityKind =
  'words' | 'typo' | 'umlaut' | 'compound' | 'synonym' | 'prefix' | 'phrase' | 'section' | 'english';

export interface QualityQuery {
  query: string;
  kind: QualityKind;
  relevant: string[];
}

const T = {
  grundlagen: 'Zusammenarbeit mit Sprachkursträgern: Grundlagen',
  traegerGp: 'Trägerliste Integrationskurse Landkreis Göppingen (Beispieldaten)',
  traegerUlm: 'Trägerliste Berufssprachkurse Raum Ulm (Beispieldaten)',
  jourFixe: 'Jour fixe mit Sprachkursträgern organisieren',
  kursplaetze: 'Freie Kursplätze und Wartezeiten bei Trägern abfragen',
  datenschutz: 'Datenschutz beim Austausch mit Kursträgern',
  ikUeberblick: 'Integrationskurs: Überblick über Kursarten und Zugang',
  ikVerpflichtung: 'Verpflichtung zum Integrationskurs durch das Jobcenter',
  bskModule: 'Berufssprachkurse (DeuFöV): Module und Zugang',
  bskBerechtigung: 'Berechtigung für einen Berufssprachkurs ausstellen',
  duldung: 'Beschäftigungsduldung: Voraussetzungen und Rolle der Arbeitsverwaltung',
  zulassung: 'Arbeitsmarktzulassung: Zustimmung der Bundesagentur für Arbeit',
  bamf: 'Zusammenarbeit mit dem BAMF und weiteren Akteuren: Wer macht was?',
  erstgespraech: 'Erstgespräch mit geflüchteten Kundinnen und Kunden vorbereiten',
  fehlzeiten: 'Fehlzeiten und Kursabbruch im Integrationskurs: Ablauf',
  ukraine: 'Rechtskreiswechsel Geflüchteter aus der Ukraine 2022',
  lsIk: 'Leichte Sprache: Der Integrations·kurs',
  lsArbeit: 'Leichte Sprache: Arbeit suchen mit der Agentur für Arbeit',
  lsTermin: 'Leichte Sprache: Ihr Termin im Job·center',
  lsAnerkennung: 'Leichte Sprache: Anerkennung von Ihrem Beruf',
  lsRegeln: 'Regeln für Leichte Sprache: Kurzanleitung für Mitarbeitende',
  mehrsprachig: 'Mehrsprachige Materialien: Übersicht und Bezugsquellen',
  welcome: 'Welcome: Services of the Employment Agency and Jobcenter',
  msoGp: 'Kontaktliste Migrantenorganisationen Landkreis Göppingen (Beispieldaten)',
  msoUlm: 'Kontaktliste Migrantenorganisationen Raum Ulm (Beispieldaten)',
  msoLeitfaden: 'Zusammenarbeit mit Migrantenorganisationen: Leitfaden',
  kulturverein: 'Infoveranstaltung in einem Kulturverein planen',
  protokoll: 'Netzwerktreffen Interkulturelle Öffnung: Protokollvorlage',
  anerkennung: 'Anerkennung ausländischer Berufsabschlüsse: Überblick',
  kosten: 'Kosten der Anerkennung: Förderung durch Agentur und Jobcenter',
  ausgleich: 'Ausgleichsmaßnahmen und Anpassungsqualifizierung begleiten',
  anerkennungCheck: 'Checkliste: Anerkennung im Beratungsgespräch ansprechen',
  massnahmen: 'Maßnahmen zur Aktivierung und beruflichen Eingliederung für Zugewanderte',
  teilquali: 'Teilqualifizierung und Umschulung für Zugewanderte',
  eingangszone: 'Eingangszone mehrsprachig und verständlich gestalten',
  aushaenge: 'Standardformulierungen für Aushänge in fünf Sprachen',
  piktogramme: 'Piktogramme und Wegeleitung im Kundenleitsystem',
  dolmetschen: 'Dolmetschen und Sprachmittlung: Wege im Überblick',
  ohneDolmetscher: 'Verständigung ohne Dolmetscher: Hilfsmittel im Kundenkontakt',
} as const;

export const QUALITY_QUERIES: QualityQuery[] = [
  // Plain words, as people type them
  { query: 'Integrationskurs Kursarten', kind: 'words', relevant: [T.ikUeberblick] },
  { query: 'Verpflichtung Integrationskurs Jobcenter', kind: 'words', relevant: [T.ikVerpflichtung] },
  { query: 'Berufssprachkurs Module', kind: 'words', relevant: [T.bskModule] },
  { query: 'Berechtigung Berufssprachkurs ausstellen', kind: 'words', relevant: [T.bskBerechtigung] },
  { query: 'Beschäftigungsduldung', kind: 'words', relevant: [T.duldung] },
  { query: 'Arbeitsmarktzulassung', kind: 'words', relevant: [T.zulassung] },
  { query: 'Zustimmung Bundesagentur Beschäftigung', kind: 'words', relevant: [T.zulassung] },
  { query: 'Erstgespräch Geflüchtete', kind: 'words', relevant: [T.erstgespraech] },
  { query: 'Fehlzeiten Kursabbruch', kind: 'words', relevant: [T.fehlzeiten] },
  { query: 'Ukraine Rechtskreiswechsel', kind: 'words', relevant: [T.ukraine] },
  { query: 'Leichte Sprache Regeln', kind: 'words', relevant: [T.lsRegeln] },
  { query: 'Termin Jobcenter Leichte Sprache', kind: 'words', relevant: [T.lsTermin] },
  { query: 'Arbeit suchen Leichte Sprache', kind: 'words', relevant: [T.lsArbeit] },
  { query: 'Migrantenorganisationen Göppingen', kind: 'words', relevant: [T.msoGp] },
  { query: 'Migrantenorganisationen Ulm', kind: 'words', relevant: [T.msoUlm] },
  { query: 'Infoveranstaltung Kulturverein', kind: 'words', relevant: [T.kulturverein] },
  { query: 'Protokollvorlage Netzwerktreffen', kind: 'words', relevant: [T.protokoll] },
  { query: 'Anerkennung Kosten Vermittlungsbudget', kind: 'words', relevant: [T.kosten] },
  { query: 'Kenntnisprüfung Anpassungslehrgang', kind: 'words', relevant: [T.ausgleich] },
  { query: 'Teilqualifizierung Umschulung', kind: 'words', relevant: [T.teilquali] },
  { query: 'Piktogramme Wegeleitung', kind: 'words', relevant: [T.piktogramme] },
  { query: 'Aushänge Standardformulierungen', kind: 'words', relevant: [T.aushaenge] },
  { query: 'freie Kursplätze abfragen', kind: 'words', relevant: [T.kursplaetze] },
  { query: 'Datenschutz Kursträger Einwilligung', kind: 'words', relevant: [T.datenschutz] },
  { query: 'Trägerliste Göppingen', kind: 'words', relevant: [T.traegerGp] },
  { query: 'Anerkennung Beratungsgespräch Checkliste', kind: 'words', relevant: [T.anerkennungCheck] },
  // Words from a section or the summary only (not in the title)
  { query: 'Zeigekarten', kind: 'section', relevant: [T.ohneDolmetscher] },
  { query: 'Bildungsgutschein', kind: 'section', relevant: [T.teilquali] },
  { query: 'Vermittlungsbudget', kind: 'section', relevant: [T.kosten] },
  { query: '60d AufenthG', kind: 'section', relevant: [T.duldung] },
  { query: '45a AufenthG', kind: 'section', relevant: [T.bskModule] },
  { query: 'Kinderbetreuung Integrationskurs', kind: 'section', relevant: [T.traegerGp] },
  { query: 'Lotsenfunktion IKB', kind: 'section', relevant: [T.grundlagen] },
  // Typos
  { query: 'Integrationskrus Kursarten', kind: 'typo', relevant: [T.ikUeberblick] },
  { query: 'Beschäftigungsdulding', kind: 'typo', relevant: [T.duldung] },
  { query: 'Sprahmittlung', kind: 'typo', relevant: [T.dolmetschen] },
  { query: 'Anerkenung Berufsabschlüsse', kind: 'typo', relevant: [T.anerkennung] },
  { query: 'Piktogrmme', kind: 'typo', relevant: [T.piktogramme] },
  { query: 'Migrantenorganisatonen Leitfaden', kind: 'typo', relevant: [T.msoLeitfaden] },
  { query: 'Sprahkurs Trägerliste Ulm', kind: 'typo', relevant: [T.traegerUlm] },
  // Umlauts and ß written differently
  { query: 'Beschaeftigungsduldung', kind: 'umlaut', relevant: [T.duldung] },
  { query: 'Auslaenderbehoerde Zustimmung', kind: 'umlaut', relevant: [T.zulassung] },
  { query: 'Massnahmen Aktivierung', kind: 'umlaut', relevant: [T.massnahmen] },
  { query: 'Verstandigung ohne Dolmetscher', kind: 'umlaut', relevant: [T.ohneDolmetscher] },
  { query: 'Kursplaetze Wartezeiten', kind: 'umlaut', relevant: [T.kursplaetze] },
  // Compounds: parts of a compound, or a compound of parts
  { query: 'Sprachkurs Kontakte Ulm', kind: 'compound', relevant: [T.traegerUlm] },
  { query: 'Kurs Abbruch', kind: 'compound', relevant: [T.fehlzeiten] },
  { query: 'Duldung Ausbildung', kind: 'compound', relevant: [T.duldung] },
  { query: 'Integrationskurs Leichte Sprache', kind: 'compound', relevant: [T.lsIk] },
  { query: 'Leitsystem Eingangszone', kind: 'compound', relevant: [T.eingangszone] },
  // Synonyms and abbreviations (default synonym groups)
  { query: 'gE Integrationskurs Verpflichtung', kind: 'synonym', relevant: [T.ikVerpflichtung] },
  { query: 'BAMF Zuständigkeiten', kind: 'synonym', relevant: [T.bamf] },
  { query: 'Bundesamt für Migration und Flüchtlinge Akteure', kind: 'synonym', relevant: [T.bamf] },
  { query: 'DeuFöV', kind: 'synonym', relevant: [T.bskModule, T.bskBerechtigung, T.traegerUlm] },
  { query: 'berufsbezogene Deutschsprachförderung', kind: 'synonym', relevant: [T.bskModule] },
  { query: 'interkulturelle Botschafterin Sprachkursträger', kind: 'synonym', relevant: [T.grundlagen] },
  // Prefixes: the last word is still being typed
  { query: 'Beschäftigungsd', kind: 'prefix', relevant: [T.duldung] },
  { query: 'Teilqual', kind: 'prefix', relevant: [T.teilquali] },
  { query: 'Piktog', kind: 'prefix', relevant: [T.piktogramme] },
  { query: 'Anerkennung Kost', kind: 'prefix', relevant: [T.kosten] },
  { query: 'Dolmet', kind: 'prefix', relevant: [T.dolmetschen, T.ohneDolmetscher] },
  { query: 'Protokollvor', kind: 'prefix', relevant: [T.protokoll] },
  // Phrases
  { query: '"Jour fixe" Sprachkursträger', kind: 'phrase', relevant: [T.jourFixe] },
  { query: '"Leichte Sprache" Regeln', kind: 'phrase', relevant: [T.lsRegeln] },
  { query: '"Kosten der Anerkennung"', kind: 'phrase', relevant: [T.kosten] },
  { query: '"anerkannten Abschluss"', kind: 'phrase', relevant: [T.teilquali] },
  // The one English article
  { query: 'Employment Agency services', kind: 'english', relevant: [T.welcome] },
  { query: 'mehrsprachige Materialien Bezugsquellen', kind: 'words', relevant: [T.mehrsprachig] },
  { query: 'Anerkennung ausländischer Berufsabschlüsse', kind: 'words', relevant: [T.anerkennung] },
  { query: 'Sprachmittlung Video Telefon', kind: 'words', relevant: [T.dolmetschen] },
  { query: 'Leichte Sprache Anerkennung Beruf', kind: 'words', relevant: [T.lsAnerkennung] },
];
