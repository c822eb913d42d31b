import { Visibility } from '../../articles/article-status';
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../../directory/course-offer-enums';
import { DirectoryEntryKind } from '../../directory/directory-entry-kind';
import type { CreateDirectoryEntryInput } from '../../directory/dto/create-directory-entry.input';
import { demoRegionalDirectoryEntries } from './directory-regions';

/**
 * Fictional directory entries across Baden-Württemberg (invented names and streets, real postal codes
 * and districts). Course start dates are days after the seeding day, so "starts within" always finds some.
 */
export interface DemoDirectoryEntry {
  ownerEmail: string;
  input: Omit<CreateDirectoryEntryInput, 'courseOffers'> & {
    courseOffers?: (Omit<NonNullable<CreateDirectoryEntryInput['courseOffers']>[number], 'nextStartDate'> & {
      startsInDays: number;
    })[];
  };
  contactPerson?: { name: string; role: string; phone: string; languages: string[] };
}

const EDITOR = 'redaktion@wissensnetz.example';
const ANDREA = 'andrea.hofmann@wissensnetz.example';
const WEEKDAYS = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, opens, closes, note: '' }));
const at = (street: string, postalCode: string, city: string, district: string) => ({
  label: '',
  street,
  postalCode,
  city,
  district,
});
type DemoOffer = NonNullable<DemoDirectoryEntry['input']['courseOffers']>[number];

const course = (
  type: keyof typeof CourseType,
  cefrLevel: keyof typeof CefrLevel | null,
  format: keyof typeof CourseFormat,
  schedule: keyof typeof CourseSchedule,
  startsInDays: number,
  childcare: boolean,
  placesFree: number | null = null,
): DemoOffer => ({
  type: CourseType[type],
  cefrLevel: cefrLevel ? CefrLevel[cefrLevel] : null,
  format: CourseFormat[format],
  schedule: CourseSchedule[schedule],
  startsInDays,
  childcare,
  placesFree,
  locationIndex: format === 'ONLINE' ? null : 0,
  approvalNumber: '',
  note: '',
});

export const demoDirectoryEntries: DemoDirectoryEntry[] = [
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Sprachschule Beispiel gGmbH',
      shortName: 'Sprachschule Beispiel',
      visibility: Visibility.PUBLIC,
      addresses: [at('Musterweg 3', '73728', 'Esslingen am Neckar', 'Landkreis Esslingen')],
      openingHours: WEEKDAYS('08:30', '16:00'),
      phone: '0711 000001',
      email: 'info@sprachschule-beispiel.example',
      website: 'https://sprachschule-beispiel.example',
      languages: ['de', 'ar', 'tr', 'uk'],
      targetGroups: ['WOMEN', 'FAMILIES', 'REFUGEES'],
      accessibilityNotes: 'Aufzug vorhanden, barrierefreies WC im Erdgeschoss.',
      courseOffers: [
        course('JOB_LANGUAGE_BASIC_B2', 'B2', 'ON_SITE', 'PART_TIME', 21, true, 4),
        course('INTEGRATION_GENERAL', 'B1', 'ON_SITE', 'FULL_TIME', 10, false, 6),
        course('INTEGRATION_PARENTS_WOMEN', 'B1', 'ON_SITE', 'PART_TIME', 35, true, 2),
      ],
    },
    contactPerson: { name: 'Erika Beispiel', role: 'Kursberatung', phone: '0711 000002', languages: ['de', 'ar'] },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Bildungszentrum Musterstadt e. V.',
      visibility: Visibility.PUBLIC,
      addresses: [at('Beispielstraße 12', '70173', 'Stuttgart', 'Stuttgart')],
      openingHours: WEEKDAYS('09:00', '17:00', [1, 2, 3, 4]),
      languages: ['de', 'en', 'ru'],
      targetGroups: ['ACADEMICS', 'SKILLED_WORKERS'],
      courseOffers: [
        course('JOB_LANGUAGE_BASIC_C1', 'C1', 'HYBRID', 'EVENING', 14, false),
        course('JOB_LANGUAGE_SPECIAL_HEALTH', 'B2', 'ON_SITE', 'FULL_TIME', 42, false, 8),
        course('JOB_LANGUAGE_SPECIAL_ACADEMIC', 'C1', 'ONLINE', 'PART_TIME', 60, false),
      ],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Volkshochschule Beispielkreis',
      visibility: Visibility.PUBLIC,
      addresses: [
        at('Am Musterplatz 1', '72070', 'Tübingen', 'Landkreis Tübingen'),
        at('Kursweg 5', '72108', 'Rottenburg am Neckar', 'Landkreis Tübingen'),
      ],
      openingHours: WEEKDAYS('10:00', '12:30'),
      languages: ['de', 'fa', 'prs'],
      targetGroups: ['YOUTH', 'REFUGEES'],
      courseOffers: [
        course('INTEGRATION_LITERACY', 'A1', 'ON_SITE', 'FULL_TIME', 7, true, 3),
        course('INTEGRATION_SECOND_SCRIPT', 'A2', 'ON_SITE', 'PART_TIME', 28, true),
        course('INTEGRATION_YOUTH', 'B1', 'ON_SITE', 'FULL_TIME', 49, false),
      ],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Sprachinstitut Donau-Beispiel',
      visibility: Visibility.PUBLIC,
      addresses: [at('Fischerweg 8', '89073', 'Ulm', 'Ulm')],
      openingHours: WEEKDAYS('08:00', '15:00'),
      languages: ['de', 'ti', 'so'],
      targetGroups: ['WOMEN'],
      courseOffers: [
        course('JOB_LANGUAGE_BASIC_B1', 'B1', 'ON_SITE', 'PART_TIME', 18, true, 5),
        course('JOB_LANGUAGE_BASIC_B2', 'B2', 'ONLINE', 'EVENING', 30, false),
        course('INTEGRATION_INTENSIVE', 'B1', 'ON_SITE', 'FULL_TIME', 12, false),
      ],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Kursträger Rhein-Neckar-Beispiel GmbH',
      visibility: Visibility.PUBLIC,
      addresses: [at('Quadratweg 4', '68159', 'Mannheim', 'Mannheim')],
      languages: ['de', 'bg', 'ro', 'pl'],
      targetGroups: ['EU_CITIZENS'],
      courseOffers: [
        course('JOB_LANGUAGE_BASIC_A2', 'A2', 'ON_SITE', 'PART_TIME', 9, false),
        course('JOB_LANGUAGE_SPECIAL_TRADE_TECH', 'B1', 'ON_SITE', 'FULL_TIME', 25, false, 10),
        course('JOB_LANGUAGE_SPECIAL_RETAIL', 'B1', 'HYBRID', 'PART_TIME', 40, true),
      ],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.COURSE_PROVIDER,
      name: 'Lernwerkstatt Beispiel Karlsruhe',
      visibility: Visibility.INTERNAL,
      addresses: [at('Fächerweg 20', '76133', 'Karlsruhe', 'Karlsruhe')],
      languages: ['de', 'ar', 'ku', 'kmr'],
      courseOffers: [
        course('INTEGRATION_GENERAL', 'A2', 'ON_SITE', 'EVENING', 16, true),
        course('OTHER', 'A1', 'ONLINE', 'PART_TIME', 5, false),
      ],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.MIGRANT_ORGANISATION,
      name: 'Eritreischer Kulturverein Beispiel e. V.',
      visibility: Visibility.PUBLIC,
      addresses: [at('Brückenweg 2', '89073', 'Ulm', 'Ulm')],
      openingHours: [{ weekday: 6, opens: '14:00', closes: '18:00', note: 'Frauencafé' }],
      languages: ['ti', 'ar', 'de'],
      targetGroups: ['WOMEN', 'FAMILIES'],
      communities: ['Eritreische Gemeinde Ulm (Beispiel)'],
      countriesOfOrigin: ['ER'],
      topics: ['WOMEN', 'LANGUAGE', 'COUNSELLING'],
      cooperationSince: '2021-05-01',
      cooperationKind: 'Sprechstunde im Jobcenter, gemeinsame Informationsabende',
      cooperationAgencyContact: 'Team Migration Jobcenter Beispielstadt',
    },
    contactPerson: { name: 'Selam Beispiel', role: 'Vorsitzende', phone: '0731 000003', languages: ['ti', 'de'] },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.MIGRANT_ORGANISATION,
      name: 'Afghanischer Kulturverein Muster e. V.',
      visibility: Visibility.PUBLIC,
      addresses: [at('Lindenweg 9', '70173', 'Stuttgart', 'Stuttgart')],
      languages: ['prs', 'ps', 'haz', 'de'],
      targetGroups: ['YOUTH', 'REFUGEES'],
      countriesOfOrigin: ['AF'],
      topics: ['YOUTH', 'EDUCATION', 'WORK'],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.MIGRANT_ORGANISATION,
      name: 'Deutsch-Syrischer Begegnungsverein Beispiel',
      visibility: Visibility.PUBLIC,
      addresses: [at('Marktgasse 7', '74072', 'Heilbronn', 'Heilbronn')],
      languages: ['ar', 'apc', 'kmr', 'de'],
      targetGroups: ['FAMILIES', 'ACADEMICS'],
      countriesOfOrigin: ['SY'],
      topics: ['RECOGNITION', 'CULTURE'],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.MIGRANT_ORGANISATION,
      name: 'Ukrainische Initiative Beispielsee',
      visibility: Visibility.INTERNAL,
      addresses: [at('Seestraße 11', '78462', 'Konstanz', 'Landkreis Konstanz')],
      languages: ['uk', 'ru', 'de'],
      targetGroups: ['FAMILIES', 'SKILLED_WORKERS'],
      countriesOfOrigin: ['UA'],
      topics: ['WORK', 'RECOGNITION', 'EDUCATION'],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.COUNSELLING_SERVICE,
      name: 'Migrationsberatung für Erwachsene Beispielkreis',
      visibility: Visibility.PUBLIC,
      addresses: [at('Beratungsweg 1', '73033', 'Göppingen', 'Landkreis Göppingen')],
      openingHours: [
        ...WEEKDAYS('09:00', '12:00', [1, 3, 5]),
        { weekday: 2, opens: null, closes: null, note: 'nur nach Vereinbarung' },
      ],
      languages: ['de', 'tr', 'ar', 'ckb'],
      targetGroups: ['REFUGEES', 'FAMILIES'],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.COUNSELLING_SERVICE,
      name: 'Jugendmigrationsdienst Beispielstadt',
      visibility: Visibility.PUBLIC,
      addresses: [at('Jugendplatz 3', '79098', 'Freiburg im Breisgau', 'Freiburg im Breisgau')],
      openingHours: WEEKDAYS('13:00', '17:00', [1, 2, 3, 4]),
      languages: ['de', 'fr', 'en', 'so'],
      targetGroups: ['YOUTH'],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.AUTHORITY,
      name: 'Ausländerbehörde Beispielkreis',
      visibility: Visibility.PUBLIC,
      addresses: [at('Amtsplatz 1', '71638', 'Ludwigsburg', 'Landkreis Ludwigsburg')],
      openingHours: [
        ...WEEKDAYS('08:00', '12:00', [1, 2, 4, 5]),
        { weekday: 3, opens: '13:00', closes: '18:00', note: 'Terminvergabe online' },
      ],
      languages: ['de', 'en'],
    },
  },
  {
    ownerEmail: EDITOR,
    input: {
      kind: DirectoryEntryKind.AUTHORITY,
      name: 'BAMF-Regionalstelle Beispiel',
      visibility: Visibility.PUBLIC,
      addresses: [at('Bundesweg 10', '76133', 'Karlsruhe', 'Karlsruhe')],
      languages: ['de', 'en', 'ar'],
    },
  },
  {
    ownerEmail: ANDREA,
    input: {
      kind: DirectoryEntryKind.OTHER,
      name: 'Anerkennungsberatung Beispiel (IQ-Netzwerk)',
      visibility: Visibility.PUBLIC,
      addresses: [at('Netzwerkstraße 2', '88212', 'Ravensburg', 'Landkreis Ravensburg')],
      languages: ['de', 'en', 'es', 'it'],
      targetGroups: ['ACADEMICS', 'SKILLED_WORKERS', 'EU_CITIZENS'],
    },
  },
  ...demoRegionalDirectoryEntries,
];
