/** Fictitious teams that own some demo articles and directory entries (by title and name). */
export interface DemoTeam {
  name: string;
  description: string;
  /** Editors of this agency manage the team; null: admins only. */
  agencyKey: string | null;
  memberEmails: string[];
  articleTitles: string[];
  directoryEntryNames: string[];
}

export const demoTeams: DemoTeam[] = [
  {
    name: 'IKB-Team Esslingen',
    description: 'Integrationskursberatung im Jobcenter Esslingen: Kursträger, Migrantenorganisationen, Datenschutz.',
    agencyKey: 'jc-esslingen',
    memberEmails: ['thomas.weber@wissensnetz.example', 'redaktion@wissensnetz.example'],
    articleTitles: [
      'Jour fixe mit Sprachkursträgern organisieren',
      'Datenschutz beim Austausch mit Kursträgern',
      'Zusammenarbeit mit Migrantenorganisationen: Leitfaden',
    ],
    directoryEntryNames: ['Sprachschule Beispiel gGmbH'],
  },
  {
    name: 'Projektteam Ulm',
    description: 'Berufssprachkurse und Migrantenorganisationen im Raum Ulm.',
    agencyKey: 'aa-ulm',
    memberEmails: ['andrea.hofmann@wissensnetz.example', 'admin@wissensnetz.example'],
    articleTitles: [
      'Trägerliste Berufssprachkurse Raum Ulm (Beispieldaten)',
      'Kontaktliste Migrantenorganisationen Raum Ulm (Beispieldaten)',
    ],
    directoryEntryNames: ['Sprachinstitut Donau-Beispiel', 'Eritreischer Kulturverein Beispiel e. V.'],
  },
  {
    name: 'Redaktion Rechtsgrundlagen',
    description: 'Landesweite Redaktion für Aufenthalts- und Sozialrecht; nur Administratorinnen verwalten sie.',
    agencyKey: null,
    memberEmails: ['admin@wissensnetz.example', 'redaktion@wissensnetz.example'],
    articleTitles: [],
    directoryEntryNames: [],
  },
];
