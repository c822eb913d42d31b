import type { JSONContent } from '@tiptap/core';
import type {
  CefrLevel,
  CourseFormat,
  CourseSchedule,
  CourseType,
  CreateDirectoryEntryInput,
  DirectoryEntryDetailFieldsFragment,
  DirectoryEntryKind,
  Visibility,
} from '@/gql/graphql';

export interface AddressForm {
  label: string;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  /**
   * Exact coordinates of the loaded address, sent back only while its postal code is unchanged, so a save
   * neither moves a precisely placed address to the postal code's centre nor keeps a point that moved away.
   */
  point: { postalCode: string; latitude: number; longitude: number } | null;
}

export interface HoursForm {
  weekday: number;
  opens: string;
  closes: string;
  note: string;
}

export interface CourseOfferForm {
  type: CourseType;
  cefrLevel: CefrLevel | '';
  format: CourseFormat;
  schedule: CourseSchedule;
  nextStartDate: string;
  placesFree: string;
  childcare: boolean;
  /** Index into the addresses, '' for none. */
  locationIndex: string;
  approvalNumber: string;
  note: string;
}

/** The editable fields of an entry as the form holds them (lists as comma-separated text where typed). */
export interface DirectoryForm {
  kind: DirectoryEntryKind;
  name: string;
  shortName: string;
  phone: string;
  email: string;
  website: string;
  visibility: Visibility;
  accessibilityNotes: string;
  tags: string;
  communities: string;
  countriesOfOrigin: string;
  languages: string[];
  targetGroups: string[];
  topics: string[];
  addresses: AddressForm[];
  openingHours: HoursForm[];
  openingHoursNote: string;
  courseOffers: CourseOfferForm[];
  cooperationSince: string;
  cooperationKind: string;
  cooperationAgencyContact: string;
  /**
   * The rich-text description (shared editor schema); null when not loaded. Sent only when edited, and not
   * part of a conflict view: the server's conflict carries only its plain text, so an edited description is kept.
   */
  description: JSONContent | null;
}

/** The fields a conflict is resolved by, in form order. */
export const conflictFields = [
  'kind',
  'name',
  'shortName',
  'phone',
  'email',
  'website',
  'visibility',
  'languages',
  'targetGroups',
  'topics',
  'addresses',
  'openingHours',
  'openingHoursNote',
  'courseOffers',
  'accessibilityNotes',
  'tags',
  'communities',
  'countriesOfOrigin',
  'cooperationSince',
  'cooperationKind',
  'cooperationAgencyContact',
] as const satisfies readonly (keyof DirectoryForm)[];
export type ConflictField = (typeof conflictFields)[number];

export type DirectoryFormInput = Omit<CreateDirectoryEntryInput, 'description' | 'externalId' | 'agencyId'>;

export function emptyAddress(): AddressForm {
  return { label: '', street: '', postalCode: '', city: '', district: '', point: null };
}

export function emptyHours(weekday = 1): HoursForm {
  return { weekday, opens: '', closes: '', note: '' };
}

export function emptyCourseOffer(): CourseOfferForm {
  return {
    type: 'INTEGRATION_GENERAL',
    cefrLevel: '',
    format: 'ON_SITE',
    schedule: 'PART_TIME',
    nextStartDate: '',
    placesFree: '',
    childcare: false,
    locationIndex: '',
    approvalNumber: '',
    note: '',
  };
}

export function emptyForm(): DirectoryForm {
  return {
    kind: 'COURSE_PROVIDER',
    name: '',
    shortName: '',
    phone: '',
    email: '',
    website: '',
    visibility: 'INTERNAL',
    accessibilityNotes: '',
    tags: '',
    communities: '',
    countriesOfOrigin: '',
    languages: [],
    targetGroups: [],
    topics: [],
    addresses: [emptyAddress()],
    openingHours: [],
    openingHoursNote: '',
    courseOffers: [],
    cooperationSince: '',
    cooperationKind: '',
    cooperationAgencyContact: '',
    description: null,
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The form for a loaded entry. */
export function formFromEntry(entry: DirectoryEntryDetailFieldsFragment): DirectoryForm {
  const addressIds = entry.addresses.map((address) => address.id);
  return {
    kind: entry.kind,
    name: entry.name,
    shortName: entry.shortName,
    phone: entry.phone,
    email: entry.email,
    website: entry.website,
    visibility: entry.visibility,
    accessibilityNotes: entry.accessibilityNotes,
    tags: entry.tags.join(', '),
    communities: entry.communities.join(', '),
    countriesOfOrigin: entry.countriesOfOrigin.join(', '),
    languages: entry.languages.map((language) => language.code),
    targetGroups: entry.targetGroups.map((group) => group.code),
    topics: entry.topics.map((topic) => topic.code),
    addresses: entry.addresses.map((address) => ({
      label: address.label,
      street: address.street,
      postalCode: address.postalCode,
      city: address.city,
      district: address.district,
      point: address.coordinatesApproximate
        ? null
        : { postalCode: address.postalCode, latitude: address.latitude, longitude: address.longitude },
    })),
    openingHours: entry.openingHours.map((row) => ({
      weekday: row.weekday,
      opens: row.opens ?? '',
      closes: row.closes ?? '',
      note: row.note,
    })),
    openingHoursNote: entry.openingHoursNote,
    courseOffers: entry.courseOffers.map((offer) => ({
      type: offer.type,
      cefrLevel: offer.cefrLevel ?? '',
      format: offer.format,
      schedule: offer.schedule,
      nextStartDate: offer.nextStartDate ?? '',
      placesFree: offer.placesFree == null ? '' : String(offer.placesFree),
      childcare: offer.childcare,
      locationIndex: offer.location ? String(addressIds.indexOf(offer.location.id)) : '',
      approvalNumber: offer.approvalNumber,
      note: offer.note,
    })),
    cooperationSince: entry.internal?.cooperation.since ?? '',
    cooperationKind: entry.internal?.cooperation.kind ?? '',
    cooperationAgencyContact: entry.internal?.cooperation.agencyContact ?? '',
    description: (entry.description as JSONContent | null) ?? null,
  };
}

/** The form for the server's current values carried by a CONFLICT (`extensions.current`, input-shaped). */
export function formFromSnapshot(current: Record<string, unknown>): DirectoryForm {
  const base = emptyForm();
  return {
    kind: (str(current.kind) || base.kind) as DirectoryEntryKind,
    name: str(current.name),
    shortName: str(current.shortName),
    phone: str(current.phone),
    email: str(current.email),
    website: str(current.website),
    visibility: (str(current.visibility) || base.visibility) as Visibility,
    accessibilityNotes: str(current.accessibilityNotes),
    tags: strings(current.tags).join(', '),
    communities: strings(current.communities).join(', '),
    countriesOfOrigin: strings(current.countriesOfOrigin).join(', '),
    languages: strings(current.languages),
    targetGroups: strings(current.targetGroups),
    topics: strings(current.topics),
    addresses: (Array.isArray(current.addresses) ? current.addresses : []).map((raw) => {
      const address = record(raw);
      const latitude = num(address.latitude);
      const longitude = num(address.longitude);
      return {
        label: str(address.label),
        street: str(address.street),
        postalCode: str(address.postalCode),
        city: str(address.city),
        district: str(address.district),
        // The snapshot does not say whether the point is exact; keeping it is what the other person saved.
        point:
          latitude !== null && longitude !== null ? { postalCode: str(address.postalCode), latitude, longitude } : null,
      };
    }),
    openingHours: (Array.isArray(current.openingHours) ? current.openingHours : []).map((raw) => {
      const row = record(raw);
      return { weekday: num(row.weekday) ?? 1, opens: str(row.opens), closes: str(row.closes), note: str(row.note) };
    }),
    openingHoursNote: str(current.openingHoursNote),
    courseOffers: (Array.isArray(current.courseOffers) ? current.courseOffers : []).map((raw) => {
      const offer = record(raw);
      const places = num(offer.placesFree);
      const location = num(offer.locationIndex);
      return {
        type: (str(offer.type) || 'OTHER') as CourseType,
        cefrLevel: str(offer.cefrLevel) as CefrLevel | '',
        format: (str(offer.format) || 'ON_SITE') as CourseFormat,
        schedule: (str(offer.schedule) || 'PART_TIME') as CourseSchedule,
        nextStartDate: str(offer.nextStartDate),
        placesFree: places == null ? '' : String(places),
        childcare: offer.childcare === true,
        locationIndex: location == null ? '' : String(location),
        approvalNumber: str(offer.approvalNumber),
        note: str(offer.note),
      };
    }),
    cooperationSince: str(current.cooperationSince),
    cooperationKind: str(current.cooperationKind),
    cooperationAgencyContact: str(current.cooperationAgencyContact),
    description: null,
  };
}

const list = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];
/** A blank address block (as a new form starts with) is left out rather than refused. */
const isFilled = (address: AddressForm) =>
  [address.label, address.street, address.postalCode, address.city, address.district].some((part) => part.trim());
const isMigrantOrganisation = (form: DirectoryForm) => form.kind === 'MIGRANT_ORGANISATION';

/** The mutation input for the form (every editable field, so the server compares them all). */
export function formToInput(form: DirectoryForm): DirectoryFormInput {
  const organisation = isMigrantOrganisation(form);
  return {
    kind: form.kind,
    name: form.name.trim(),
    shortName: form.shortName.trim(),
    phone: form.phone.trim(),
    email: form.email.trim(),
    website: form.website.trim(),
    visibility: form.visibility,
    accessibilityNotes: form.accessibilityNotes.trim(),
    tags: list(form.tags),
    languages: form.languages,
    targetGroups: form.targetGroups,
    addresses: form.addresses.filter(isFilled).map((address) => {
      const postalCode = address.postalCode.trim();
      const point = address.point?.postalCode === postalCode ? address.point : null;
      return {
        label: address.label.trim(),
        street: address.street.trim(),
        postalCode,
        city: address.city.trim(),
        district: address.district.trim(),
        ...(point ? { latitude: point.latitude, longitude: point.longitude } : {}),
      };
    }),
    openingHours: form.openingHours.map((row) => ({
      weekday: row.weekday,
      opens: row.opens || null,
      closes: row.closes || null,
      note: row.note.trim(),
    })),
    openingHoursNote: form.openingHoursNote.trim(),
    ...(form.kind === 'COURSE_PROVIDER'
      ? {
          courseOffers: form.courseOffers.map((offer) => ({
            type: offer.type,
            cefrLevel: offer.cefrLevel || null,
            format: offer.format,
            schedule: offer.schedule,
            nextStartDate: offer.nextStartDate || null,
            placesFree: offer.placesFree.trim() === '' ? null : Number(offer.placesFree),
            childcare: offer.childcare,
            locationIndex: offer.locationIndex === '' ? null : Number(offer.locationIndex),
            approvalNumber: offer.approvalNumber.trim(),
            note: offer.note.trim(),
          })),
        }
      : {}),
    ...(organisation
      ? {
          communities: list(form.communities),
          countriesOfOrigin: list(form.countriesOfOrigin).map((code) => code.toUpperCase()),
          topics: form.topics,
          cooperationSince: form.cooperationSince || null,
          cooperationKind: form.cooperationKind.trim(),
          cooperationAgencyContact: form.cooperationAgencyContact.trim(),
        }
      : {}),
  };
}

/** One field's value in a comparable, input-shaped form. */
export function comparableValue(form: DirectoryForm, field: ConflictField): string {
  const input = formToInput({ ...form, kind: 'MIGRANT_ORGANISATION' }) as Record<string, unknown>;
  const courseInput = formToInput({ ...form, kind: 'COURSE_PROVIDER' }) as Record<string, unknown>;
  const value = field === 'kind' ? form.kind : field === 'courseOffers' ? courseInput[field] : input[field];
  if (field === 'addresses') {
    // Coordinates follow from the postal code unless placed exactly; people compare the written address.
    return JSON.stringify(form.addresses.map(({ point: _point, ...address }) => address));
  }
  return JSON.stringify(value ?? null);
}

/** The fields where two versions differ. */
export function differingFields(mine: DirectoryForm, theirs: DirectoryForm): ConflictField[] {
  return conflictFields.filter((field) => comparableValue(mine, field) !== comparableValue(theirs, field));
}

/** Takes, per field, either mine or theirs. */
export function mergeForms(
  mine: DirectoryForm,
  theirs: DirectoryForm,
  choice: Partial<Record<ConflictField, 'mine' | 'theirs'>>,
): DirectoryForm {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const merged = copy(mine);
  for (const field of conflictFields) {
    if (choice[field] === 'theirs') Object.assign(merged, { [field]: copy(theirs[field]) });
  }
  return merged;
}
