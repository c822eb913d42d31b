import { contactCard } from './contact-cards';
import { doc, h2, p, ul } from './doc-builders';
import type { DocNode } from './types';

/** Demo programme, topics and projects (fictional teams; agencies from agencies.ts, users from users.ts). */

export type DemoProjectStatus = 'IDEA' | 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'PAUSED' | 'CANCELLED';
export type DemoMemberFunction = 'IKB' | 'BCA' | 'MIGRATION_OFFICER' | 'MANAGEMENT' | 'COACH' | 'OTHER';
export type DemoMilestoneKind = 'COACHING' | 'SEMINAR_PRESENTATION' | 'FINAL_PRESENTATION' | 'OTHER';

export interface DemoProgramme {
  name: string;
  slug: string;
  startsOn: string;
  endsOn: string;
  description: string;
  agencyKeys: string[];
  events: {
    kind: 'KICK_OFF' | 'SEMINAR' | 'FINAL_EVENT' | 'OTHER';
    title: string;
    startsOn: string;
    endsOn?: string;
    place: string;
    notes: string;
  }[];
}

export interface DemoProject {
  title: string;
  agencyKey: string;
  /** Who creates it: an editor of the agency, or the admin for agencies without editors. */
  creatorEmail: string;
  topic: string;
  /** Path from IDEA; the last entry is the current status. */
  statusPath: DemoProjectStatus[];
  completedOn?: string;
  visibility: 'INTERNAL' | 'PUBLIC';
  /** Published in the Ideenbörse (needs COMPLETED + PUBLIC). */
  published: boolean;
  problemStatement: string;
  goals: string;
  outcomes: string;
  lessonsLearned: string;
  body: DocNode;
  members: (
    { email: string; function: DemoMemberFunction } | { name: string; role: string; function: DemoMemberFunction }
  )[];
  milestones: { kind: DemoMilestoneKind; title: string; date: string; done: boolean; notes?: string }[];
  /** Article titles from the demo articles. */
  articles: { title: string; kind: 'OUTCOME' | 'REFERENCE' }[];
  /** Titles of demo projects this one builds on. */
  inspiredBy?: string[];
}

export const demoTopics = [
  'Leitsystem',
  'Leichte Sprache',
  'Qualifizierung',
  'Kooperation mit Migrantenorganisationen',
  'Wissensmanagement',
];

export const demoProgramme: DemoProgramme = {
  name: 'Interkulturelle Öffnung 4.0 – 2020/21',
  slug: 'interkulturelle-oeffnung-4-0-2020-21',
  startsOn: '2020-09-01',
  endsOn: '2021-12-15',
  description:
    'Vierter Durchgang des Programms: Vier Dienststellen entwickeln mit Coaching vor Ort eigene Projekte der interkulturellen Öffnung, stellen sie in zwei Seminaren vor und teilen die Ergebnisse in der Ideenbörse.',
  agencyKeys: ['aa-goeppingen', 'aa-ulm', 'jc-esslingen', 'jc-stuttgart'],
  events: [
    {
      kind: 'KICK_OFF',
      title: 'Kick-off-Tag',
      startsOn: '2020-09-22',
      place: 'Regionaldirektion Baden-Württemberg, Stuttgart',
      notes: 'Vorstellung der Teams, Programmablauf, erste Projektideen.',
    },
    {
      kind: 'SEMINAR',
      title: 'Zwei-Tages-Seminar I: Projekte planen',
      startsOn: '2021-02-23',
      endsOn: '2021-02-24',
      place: 'online',
      notes: 'Zwischenstand der Projekte, Methoden der Projektplanung, kollegiale Beratung.',
    },
    {
      kind: 'SEMINAR',
      title: 'Zwei-Tages-Seminar II: Wirkung zeigen',
      startsOn: '2021-06-15',
      endsOn: '2021-06-16',
      place: 'Bildungszentrum Ulm',
      notes: 'Präsentation der Zwischenergebnisse, Verstetigung, Öffentlichkeitsarbeit.',
    },
    {
      kind: 'FINAL_EVENT',
      title: 'Abschlussveranstaltung',
      startsOn: '2021-11-25',
      place: 'Haus der Wirtschaft, Stuttgart',
      notes: 'Abschlusspräsentationen aller Teams, Übergabe in die Ideenbörse.',
    },
  ],
};

const coaching = (dates: string[], doneCount: number): DemoProject['milestones'] =>
  dates.map((date, index) => ({
    kind: 'COACHING',
    title: `Coaching vor Ort ${index + 1}`,
    date,
    done: index < doneCount,
  }));

export const demoProjects: DemoProject[] = [
  {
    title: 'Farbleitsystem im Eingangsbereich',
    agencyKey: 'aa-goeppingen',
    creatorEmail: 'redaktion@wissensnetz.example',
    topic: 'Leitsystem',
    statusPath: ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED'],
    completedOn: '2021-10-29',
    visibility: 'PUBLIC',
    published: true,
    problemStatement:
      'Viele Kundinnen und Kunden ohne Deutschkenntnisse fanden den Weg von der Eingangszone zu den Beratungsräumen nicht und kamen zu spät oder gar nicht zum Termin.',
    goals: 'Ein Leitsystem mit Farben und Piktogrammen, das ohne Lesen funktioniert; weniger Nachfragen am Empfang.',
    outcomes:
      'Farbige Bodenlinien zu vier Bereichen, Piktogramme an allen Türen, Willkommensschild in acht Sprachen. Die Nachfragen am Empfang sanken in drei Monaten um rund ein Drittel.',
    lessonsLearned:
      'Früh mit Kundinnen und Kunden testen: Zwei Piktogramme wurden missverstanden und mussten ersetzt werden. Die Hausverwaltung von Anfang an einbinden.',
    body: doc(
      h2('Ausgangslage'),
      p(
        'Die Eingangszone hatte nur deutsche Textschilder. Besonders neu zugewanderte Menschen verliefen sich im Gebäude.',
      ),
      h2('Vorgehen'),
      ul(
        'Begehung mit zwei Kundinnen und einem Dolmetscher',
        'Entwurf des Farbsystems mit der Hausverwaltung',
        'Test der Piktogramme im Wartebereich',
        'Umsetzung in zwei Bauabschnitten',
      ),
      h2('Ergebnis'),
      p('Vier Farben führen zu Empfang, Arbeitsvermittlung, Berufsberatung und Leistungsabteilung.'),
    ),
    members: [
      { email: 'redaktion@wissensnetz.example', function: 'IKB' },
      { email: 'frank.maier@wissensnetz.example', function: 'MANAGEMENT' },
      { name: 'Sabine Roth', role: 'Coach (extern)', function: 'COACH' },
    ],
    milestones: [
      ...coaching(['2020-10-20', '2020-12-08', '2021-03-16', '2021-05-11', '2021-09-14'], 5),
      { kind: 'SEMINAR_PRESENTATION', title: 'Zwischenstand im Seminar I', date: '2021-02-23', done: true },
      { kind: 'FINAL_PRESENTATION', title: 'Abschlusspräsentation', date: '2021-11-25', done: true },
    ],
    articles: [
      { title: 'Piktogramme und Wegeleitung im Kundenleitsystem', kind: 'OUTCOME' },
      { title: 'Eingangszone mehrsprachig und verständlich gestalten', kind: 'REFERENCE' },
      { title: 'Leichte Sprache: Arbeit suchen mit der Agentur für Arbeit', kind: 'REFERENCE' },
    ],
  },
  {
    title: 'Leichte Sprache am Empfang',
    agencyKey: 'jc-esslingen',
    creatorEmail: 'thomas.weber@wissensnetz.example',
    topic: 'Leichte Sprache',
    statusPath: ['IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED'],
    completedOn: '2021-11-12',
    visibility: 'PUBLIC',
    published: true,
    problemStatement:
      'Einladungen und Merkblätter am Empfang waren für viele Kundinnen und Kunden zu schwer verständlich; Termine wurden deshalb versäumt.',
    goals:
      'Die zehn wichtigsten Texte am Empfang in Leichter Sprache; Mitarbeitende können einfache Erklärungen selbst schreiben.',
    outcomes:
      'Zehn Texte in Leichter Sprache, geprüft von einer Prüfgruppe; eine Kurzschulung für das Empfangsteam; eine Vorlage für Einladungen.',
    lessonsLearned:
      'Die Prüfgruppe ist unverzichtbar. Leichte Sprache ersetzt keine Übersetzung, ergänzt sie aber gut.',
    body: doc(
      h2('Was wir gemacht haben'),
      p('Mit einem Büro für Leichte Sprache haben wir Einladung, Terminzettel und Hausordnung neu geschrieben.'),
      h2('Wie es weitergeht'),
      p('Das Empfangsteam schreibt neue Aushänge selbst nach den Regeln und lässt sie prüfen.'),
    ),
    members: [
      { email: 'thomas.weber@wissensnetz.example', function: 'IKB' },
      { email: 'lesen@wissensnetz.example', function: 'BCA' },
      { name: 'Büro für Leichte Sprache Esslingen (Beispiel)', role: 'Übersetzung und Prüfgruppe', function: 'OTHER' },
    ],
    milestones: [
      ...coaching(['2020-11-03', '2021-01-19', '2021-04-13', '2021-07-06'], 4),
      { kind: 'SEMINAR_PRESENTATION', title: 'Vorstellung im Seminar II', date: '2021-06-15', done: true },
      { kind: 'FINAL_PRESENTATION', title: 'Abschlusspräsentation', date: '2021-11-25', done: true },
    ],
    articles: [
      { title: 'Leichte Sprache: Ihr Termin im Job·center', kind: 'OUTCOME' },
      { title: 'Regeln für Leichte Sprache: Kurzanleitung für Mitarbeitende', kind: 'OUTCOME' },
      { title: 'Standardformulierungen für Aushänge in fünf Sprachen', kind: 'REFERENCE' },
    ],
    inspiredBy: ['Farbleitsystem im Eingangsbereich'],
  },
  {
    title: 'Kooperation mit Migrantenorganisationen im Raum Ulm',
    agencyKey: 'aa-ulm',
    creatorEmail: 'andrea.hofmann@wissensnetz.example',
    topic: 'Kooperation mit Migrantenorganisationen',
    statusPath: ['IDEA', 'PLANNED', 'IN_PROGRESS'],
    visibility: 'PUBLIC',
    published: false,
    problemStatement:
      'Migrantenorganisationen erreichen Menschen, die den Weg in die Agentur nicht finden – es gab aber keine festen Ansprechpersonen.',
    goals: 'Feste Kontakte zu mindestens fünf Vereinen; zwei gemeinsame Infoveranstaltungen pro Jahr.',
    outcomes: '',
    lessonsLearned: '',
    body: doc(
      h2('Stand'),
      p(
        'Sechs Vereine sind angesprochen, mit vier gibt es Vereinbarungen. Die erste Infoveranstaltung fand im Kulturverein statt.',
      ),
      h2('Partner'),
      contactCard('Eritreischer Kulturverein Beispiel e. V.'),
    ),
    members: [
      { email: 'andrea.hofmann@wissensnetz.example', function: 'BCA' },
      { name: 'Elif Demir', role: 'Netzwerk Integration Filstal', function: 'OTHER' },
    ],
    milestones: [
      ...coaching(['2020-10-27', '2021-01-26', '2021-05-04'], 3),
      { kind: 'SEMINAR_PRESENTATION', title: 'Zwischenstand im Seminar II', date: '2021-06-15', done: true },
      { kind: 'FINAL_PRESENTATION', title: 'Abschlusspräsentation', date: '2021-11-25', done: false },
    ],
    articles: [
      { title: 'Zusammenarbeit mit Migrantenorganisationen: Leitfaden', kind: 'REFERENCE' },
      { title: 'Kontaktliste Migrantenorganisationen Raum Ulm (Beispieldaten)', kind: 'OUTCOME' },
      { title: 'Infoveranstaltung in einem Kulturverein planen', kind: 'OUTCOME' },
    ],
  },
  {
    title: 'Qualifizierung interkulturelle Kompetenz für Teams',
    agencyKey: 'jc-stuttgart',
    creatorEmail: 'admin@wissensnetz.example',
    topic: 'Qualifizierung',
    statusPath: ['IDEA', 'PLANNED'],
    visibility: 'INTERNAL',
    published: false,
    problemStatement:
      'Die Teams der Leistungsabteilung fühlen sich in Gesprächen mit neu zugewanderten Menschen oft unsicher.',
    goals: 'Ein halbtägiges Training je Team, mit Fallbeispielen aus dem eigenen Haus.',
    outcomes: '',
    lessonsLearned: '',
    body: doc(p('Konzept und Ausschreibung des Trainings sind in Arbeit.')),
    members: [
      { email: 'olena.kovalenko@wissensnetz.example', function: 'MIGRATION_OFFICER' },
      { name: 'Dr. Martin Keller', role: 'Trainer (extern)', function: 'COACH' },
    ],
    milestones: [...coaching(['2021-03-09', '2021-06-29', '2021-10-05'], 1)],
    articles: [{ title: 'Erstgespräch mit geflüchteten Kundinnen und Kunden vorbereiten', kind: 'REFERENCE' }],
  },
  {
    title: 'Wissensmanagement: Erfahrungen der Integrationsberatung sichern',
    agencyKey: 'aa-goeppingen',
    creatorEmail: 'redaktion@wissensnetz.example',
    topic: 'Wissensmanagement',
    statusPath: ['IDEA'],
    visibility: 'INTERNAL',
    published: false,
    problemStatement:
      'Wenn erfahrene Kolleginnen in den Ruhestand gehen, geht ihr Wissen über Netzwerke und Abläufe verloren.',
    goals: 'Die wichtigsten Abläufe als Artikel im Wissensnetz; Patenschaften für neue Mitarbeitende.',
    outcomes: '',
    lessonsLearned: '',
    body: doc(p('Idee aus dem Kick-off-Tag; wird nach dem Leitsystem-Projekt angegangen.')),
    members: [{ email: 'redaktion@wissensnetz.example', function: 'IKB' }],
    milestones: [],
    articles: [{ title: 'Netzwerktreffen Interkulturelle Öffnung: Protokollvorlage', kind: 'REFERENCE' }],
  },
  {
    title: 'Sprachkursträger-Netzwerk Landkreis Esslingen',
    agencyKey: 'jc-esslingen',
    creatorEmail: 'thomas.weber@wissensnetz.example',
    topic: 'Kooperation mit Migrantenorganisationen',
    statusPath: ['IDEA', 'PLANNED', 'IN_PROGRESS', 'PAUSED'],
    visibility: 'INTERNAL',
    published: false,
    problemStatement:
      'Kundinnen und Kunden warten lange auf Kursplätze, weil freie Plätze bei den Trägern nicht bekannt sind.',
    goals: 'Ein monatlicher Jour fixe mit den Trägern und eine gemeinsame Übersicht freier Kursplätze.',
    outcomes: 'Drei Treffen mit fünf Trägern haben stattgefunden.',
    lessonsLearned: 'Datenschutzfragen früh klären.',
    body: doc(p('Pausiert, bis die Stelle der Koordinatorin wieder besetzt ist.')),
    members: [
      { email: 'thomas.weber@wissensnetz.example', function: 'MIGRATION_OFFICER' },
      { name: 'Volkshochschule Esslingen (Beispiel)', role: 'Kursträger', function: 'OTHER' },
    ],
    milestones: [
      ...coaching(['2021-02-02', '2021-04-27', '2021-07-13'], 3),
      { kind: 'OTHER', title: 'Erster Jour fixe mit den Trägern', date: '2021-03-18', done: true },
    ],
    articles: [
      { title: 'Zusammenarbeit mit Sprachkursträgern: Grundlagen', kind: 'REFERENCE' },
      { title: 'Jour fixe mit Sprachkursträgern organisieren', kind: 'OUTCOME' },
      { title: 'Datenschutz beim Austausch mit Kursträgern', kind: 'REFERENCE' },
    ],
  },
  {
    title: 'Mehrsprachige Telefonhotline',
    agencyKey: 'aa-ulm',
    creatorEmail: 'andrea.hofmann@wissensnetz.example',
    topic: 'Leitsystem',
    statusPath: ['IDEA', 'CANCELLED'],
    visibility: 'INTERNAL',
    published: false,
    problemStatement: 'Anrufende ohne Deutschkenntnisse kommen an der Hotline nicht weiter.',
    goals: 'Eine Hotline mit Sprachauswahl in drei Sprachen.',
    outcomes: '',
    lessonsLearned: 'Zentral bereits geplant; ein eigenes Angebot der Dienststelle lohnt sich nicht.',
    body: doc(p('Eingestellt zugunsten der zentralen Lösung.')),
    members: [{ email: 'andrea.hofmann@wissensnetz.example', function: 'BCA' }],
    milestones: [],
    articles: [{ title: 'Dolmetschen und Sprachmittlung: Wege im Überblick', kind: 'REFERENCE' }],
  },
];
