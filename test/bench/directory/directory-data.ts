/**
 * Deterministic, realistic directory data for `pnpm bench directory`: invented German names, real
 * Baden-Württemberg postal codes (coordinates from the shipped table), districts, languages,
 * target groups, course offers and opening hours. Rows match the TypeORM entities column by column.
 */
import { CefrLevel, CourseFormat, CourseSchedule, CourseType } from '../../../server/src/directory/course-offer-enums';
import { DirectoryEntryKind } from '../../../server/src/directory/directory-entry-kind';
import { lookupPostalCode } from '../../../server/src/directory/postal-codes/german-postal-codes';
import { Prng } from '../search/german-corpus';

/** Postal code, city, district (Landkreis or kreisfreie Stadt); weight ≈ relative size. */
const PLACES: readonly (readonly [string, string, string, number])[] = [
  ['70173', 'Stuttgart', 'Stuttgart', 8],
  ['70174', 'Stuttgart', 'Stuttgart', 6],
  ['73728', 'Esslingen am Neckar', 'Landkreis Esslingen', 5],
  ['71032', 'Böblingen', 'Landkreis Böblingen', 3],
  ['71063', 'Sindelfingen', 'Landkreis Böblingen', 3],
  ['71083', 'Herrenberg', 'Landkreis Böblingen', 1],
  ['71332', 'Waiblingen', 'Rems-Murr-Kreis', 3],
  ['71522', 'Backnang', 'Rems-Murr-Kreis', 2],
  ['71634', 'Ludwigsburg', 'Landkreis Ludwigsburg', 4],
  ['72070', 'Tübingen', 'Landkreis Tübingen', 3],
  ['72764', 'Reutlingen', 'Landkreis Reutlingen', 3],
  ['73033', 'Göppingen', 'Landkreis Göppingen', 2],
  ['73430', 'Aalen', 'Ostalbkreis', 2],
  ['73525', 'Schwäbisch Gmünd', 'Ostalbkreis', 2],
  ['74072', 'Heilbronn', 'Heilbronn', 4],
  ['74523', 'Schwäbisch Hall', 'Landkreis Schwäbisch Hall', 2],
  ['74821', 'Mosbach', 'Neckar-Odenwald-Kreis', 1],
  ['75175', 'Pforzheim', 'Pforzheim', 3],
  ['76133', 'Karlsruhe', 'Karlsruhe', 5],
  ['76185', 'Karlsruhe', 'Karlsruhe', 3],
  ['68159', 'Mannheim', 'Mannheim', 5],
  ['69117', 'Heidelberg', 'Heidelberg', 3],
  ['77652', 'Offenburg', 'Ortenaukreis', 2],
  ['78050', 'Villingen-Schwenningen', 'Schwarzwald-Baar-Kreis', 2],
  ['78462', 'Konstanz', 'Landkreis Konstanz', 2],
  ['79098', 'Freiburg im Breisgau', 'Freiburg im Breisgau', 5],
  ['79539', 'Lörrach', 'Landkreis Lörrach', 2],
  ['88045', 'Friedrichshafen', 'Bodenseekreis', 2],
  ['88212', 'Ravensburg', 'Landkreis Ravensburg', 2],
  ['89073', 'Ulm', 'Ulm', 3],
  ['72488', 'Sigmaringen', 'Landkreis Sigmaringen', 1],
  ['97980', 'Bad Mergentheim', 'Main-Tauber-Kreis', 1],
];

export const BENCH_PLACES = PLACES.map(([postalCode, city, district, weight]) => {
  const place = lookupPostalCode(postalCode);
  if (!place) throw new Error(`Postal code ${postalCode} is missing from the shipped table`);
  return { postalCode, city, district, weight, latitude: place.latitude, longitude: place.longitude };
});

export const BENCH_DISTRICTS = [...new Set(BENCH_PLACES.map((place) => place.district))];

const LANGUAGES: readonly (readonly [string, number])[] = [
  ['de', 20],
  ['en', 10],
  ['ar', 8],
  ['tr', 7],
  ['uk', 7],
  ['ru', 5],
  ['fa', 5],
  ['prs', 3],
  ['ti', 2],
  ['ku', 2],
  ['kmr', 2],
  ['fr', 3],
  ['es', 2],
  ['it', 2],
  ['pl', 2],
  ['ro', 2],
  ['so', 1],
  ['ps', 2],
  ['sq', 1],
];
/** The target groups the managed list starts with (migration AddDirectoryCodeLists). */
const TARGET_GROUP_CODES = [
  'WOMEN',
  'YOUTH',
  'FAMILIES',
  'ACADEMICS',
  'DISABILITIES',
  'REFUGEES',
  'EU_CITIZENS',
  'SENIORS',
  'LGBTIQ',
  'SKILLED_WORKERS',
];
const STREETS = [
  'Musterweg',
  'Beispielstraße',
  'Hauptstraße',
  'Bahnhofstraße',
  'Schulstraße',
  'Lindenallee',
  'Gartenstraße',
  'Kirchplatz',
  'Marktplatz',
  'Neckarstraße',
  'Rosenweg',
  'Am Stadtgraben',
  'Uhlandstraße',
  'Schillerplatz',
];
const PROVIDER_NAMES = ['Sprachschule', 'Sprachinstitut', 'Bildungswerk', 'Volkshochschule', 'Kolleg', 'Lernzentrum'];
const ORG_NAMES = ['Kulturverein', 'Elternverein', 'Frauenverein', 'Gemeinde', 'Jugendforum', 'Begegnungsverein'];
const COUNSELLING = ['Migrationsberatung für Erwachsene', 'Jugendmigrationsdienst', 'Flüchtlingssozialarbeit'];
const AUTHORITIES = ['Ausländerbehörde', 'Integrationsmanagement', 'Servicestelle Einbürgerung'];
const SUFFIXES = ['Beispiel gGmbH', 'Muster e. V.', 'Exempel GmbH', 'Probe e. V.', 'Fiktiv gGmbH', 'Demo e. V.'];
const ORIGINS = ['Eritreischer', 'Syrischer', 'Ukrainischer', 'Afghanischer', 'Türkischer', 'Irakischer', 'Gambischer'];

/** Which CEFR level a course type leads to (null: no fixed level). */
const LEVEL_OF: Partial<Record<CourseType, CefrLevel>> = {
  [CourseType.JOB_LANGUAGE_BASIC_A2]: CefrLevel.A2,
  [CourseType.JOB_LANGUAGE_BASIC_B1]: CefrLevel.B1,
  [CourseType.JOB_LANGUAGE_BASIC_B2]: CefrLevel.B2,
  [CourseType.JOB_LANGUAGE_BASIC_C1]: CefrLevel.C1,
  [CourseType.JOB_LANGUAGE_SPECIAL_HEALTH]: CefrLevel.B2,
  [CourseType.JOB_LANGUAGE_SPECIAL_ACADEMIC]: CefrLevel.C1,
};

export interface EntryRow {
  id: string;
  kind: string;
  name: string;
  shortName: string;
  description: unknown;
  descriptionHtml: string;
  descriptionText: string;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  targetGroups: string[];
  visibility: string;
  externalId: string;
  lastVerifiedAt: string;
}
export interface AddressRow {
  id: string;
  entryId: string;
  position: number;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  latitude: number;
  longitude: number;
  coordinatesApproximate: boolean;
}
export interface OpeningHoursRow {
  id: string;
  entryId: string;
  weekday: number;
  opens: string;
  closes: string;
}
export interface OfferRow {
  id: string;
  entryId: string;
  position: number;
  type: string;
  cefrLevel: string | null;
  format: string;
  schedule: string;
  nextStartDate: string | null;
  placesFree: number | null;
  childcare: boolean;
  locationId: string | null;
}

export interface GeneratedEntry {
  entry: EntryRow;
  addresses: AddressRow[];
  openingHours: OpeningHoursRow[];
  offers: OfferRow[];
}

const addDays = (date: Date, days: number): string =>
  new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * `entries` entries, half of them course providers that share `offers` course offers between them
 * (so the total is exact). Same seed, same data (the start dates are relative to `today`).
 */
export function* generateDirectory(options: {
  entries: number;
  offers: number;
  seed: number;
  today: Date;
}): Generator<GeneratedEntry> {
  const prng = new Prng(options.seed);
  const providers = Math.ceil(options.entries / 2);
  const placeWeights = BENCH_PLACES.map((place) => [place, place.weight] as const);
  const courseTypes = Object.values(CourseType);
  const levels = Object.values(CefrLevel);
  let offersLeft = options.offers;
  for (let index = 0; index < options.entries; index += 1) {
    const isProvider = index < providers;
    const kind = isProvider
      ? DirectoryEntryKind.COURSE_PROVIDER
      : prng.weighted([
          [DirectoryEntryKind.MIGRANT_ORGANISATION, 5],
          [DirectoryEntryKind.COUNSELLING_SERVICE, 3],
          [DirectoryEntryKind.AUTHORITY, 1],
          [DirectoryEntryKind.OTHER, 1],
        ] as const);
    const place = prng.weighted(placeWeights);
    const prefix =
      kind === DirectoryEntryKind.COURSE_PROVIDER
        ? prng.pick(PROVIDER_NAMES)
        : kind === DirectoryEntryKind.MIGRANT_ORGANISATION
          ? `${prng.pick(ORIGINS)} ${prng.pick(ORG_NAMES)}`
          : kind === DirectoryEntryKind.COUNSELLING_SERVICE
            ? prng.pick(COUNSELLING)
            : kind === DirectoryEntryKind.AUTHORITY
              ? prng.pick(AUTHORITIES)
              : 'Netzwerk Integration';
    const name = `${prefix} ${place.city} ${prng.pick(SUFFIXES)} ${index + 1}`;
    const id = prng.uuid();
    const languages = [...new Set(['de', ...Array.from({ length: prng.int(0, 4) }, () => prng.weighted(LANGUAGES))])];
    const text = `${name} in ${place.city}: Beratung und Kurse auf ${languages.length} Sprachen.`;
    const entry: EntryRow = {
      id,
      kind,
      name,
      shortName: prefix,
      description: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      descriptionHtml: `<p>${text}</p>`,
      descriptionText: text,
      phone: `0711 ${String(100000 + index)}`,
      email: `kontakt-${index + 1}@verzeichnis.example.org`,
      website: `https://eintrag-${index + 1}.example.org`,
      languages,
      targetGroups: prng.sample(TARGET_GROUP_CODES, prng.int(1, 3)),
      visibility: prng.next() < 0.85 ? 'PUBLIC' : 'INTERNAL',
      externalId: `bench-${index + 1}`,
      lastVerifiedAt: new Date(options.today.getTime() - prng.int(0, 500) * 86_400_000).toISOString(),
    };
    const addresses: AddressRow[] = [];
    const addressCount = prng.next() < 0.15 ? 2 : 1;
    for (let position = 0; position < addressCount; position += 1) {
      const at = position === 0 ? place : prng.weighted(placeWeights);
      addresses.push({
        id: prng.uuid(),
        entryId: id,
        position,
        street: `${prng.pick(STREETS)} ${prng.int(1, 120)}`,
        postalCode: at.postalCode,
        city: at.city,
        district: at.district,
        // Spread around the postal code's centre (±3 km) so distances differ.
        latitude: at.latitude + (prng.next() - 0.5) * 0.05,
        longitude: at.longitude + (prng.next() - 0.5) * 0.07,
        coordinatesApproximate: false,
      });
    }
    const openingHours: OpeningHoursRow[] = [];
    const lateDay = prng.int(1, 5);
    for (let weekday = 1; weekday <= 5; weekday += 1) {
      if (prng.next() < 0.15) continue;
      openingHours.push({ id: prng.uuid(), entryId: id, weekday, opens: '09:00', closes: '12:30' });
      if (weekday === lateDay || prng.next() < 0.5)
        openingHours.push({
          id: prng.uuid(),
          entryId: id,
          weekday,
          opens: '13:30',
          closes: weekday === lateDay ? '18:00' : '16:00',
        });
    }
    const offers: OfferRow[] = [];
    if (isProvider) {
      const providersLeft = providers - index;
      const count =
        providersLeft === 1
          ? offersLeft
          : Math.min(offersLeft, prng.int(1, Math.max(1, Math.round((2 * offersLeft) / providersLeft) - 1)));
      offersLeft -= count;
      for (let position = 0; position < count; position += 1) {
        const type = prng.pick(courseTypes);
        const format = prng.weighted([
          [CourseFormat.ON_SITE, 6],
          [CourseFormat.ONLINE, 2],
          [CourseFormat.HYBRID, 2],
        ] as const);
        offers.push({
          id: prng.uuid(),
          entryId: id,
          position,
          type,
          cefrLevel: LEVEL_OF[type] ?? (prng.next() < 0.8 ? prng.pick(levels.slice(0, 4)) : null),
          format,
          schedule: prng.pick(Object.values(CourseSchedule)),
          nextStartDate: prng.next() < 0.9 ? addDays(options.today, prng.int(-10, 120)) : null,
          placesFree: prng.next() < 0.7 ? prng.int(0, 20) : null,
          childcare: prng.next() < 0.3,
          locationId: format === CourseFormat.ONLINE ? null : (addresses[0]?.id ?? null),
        });
      }
    }
    yield { entry, addresses, openingHours, offers };
  }
}
