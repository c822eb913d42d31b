import type { DirectoryAddressEntity } from './directory-address.entity';
import type { DirectoryCourseOfferEntity } from './directory-course-offer.entity';
import type { DirectoryEntryEntity } from './directory-entry.entity';
import { germanLanguageName } from './directory-languages';
import type { DirectoryOpeningHoursEntity } from './directory-opening-hours.entity';
import { DirectoryCodeList } from './code-lists/directory-code-list';
import type { DirectoryCodes } from './code-lists/directory-codes';
import type { VerificationIntervals } from './directory-verification.policy';
import type { DirectoryAddressModel, DirectoryEntryModel } from './models/directory-entry.model';

const byPosition = <T extends { position: number }>(rows: T[] | undefined): T[] =>
  [...(rows ?? [])].sort((a, b) => a.position - b.position);

/** "09:00:00" from the time column → "09:00". */
const hhmm = (time: string | null): string | null => (time === null ? null : time.slice(0, 5));

export function toAddressModel(address: DirectoryAddressEntity): DirectoryAddressModel {
  return {
    id: address.id,
    label: address.label,
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    district: address.district,
    latitude: address.latitude,
    longitude: address.longitude,
    coordinatesApproximate: address.coordinatesApproximate,
  };
}

export function sortedHours(rows: DirectoryOpeningHoursEntity[] | undefined): DirectoryOpeningHoursEntity[] {
  return [...(rows ?? [])].sort((a, b) => a.weekday - b.weekday || (a.opens ?? '').localeCompare(b.opens ?? ''));
}

/** Entity with addresses, opening hours, offers and agency loaded → GraphQL model. */
export function toDirectoryEntryModel(
  entry: DirectoryEntryEntity,
  intervals: VerificationIntervals,
  now: Date,
  codes: DirectoryCodes,
  distanceKm: number | null = null,
): DirectoryEntryModel {
  const addresses = byPosition(entry.addresses);
  const addressById = new Map(addresses.map((address) => [address.id, address]));
  const dueAt = intervals.dueAt(entry.kind, entry.lastVerifiedAt);
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    shortName: entry.shortName,
    description: entry.description,
    descriptionHtml: entry.descriptionHtml,
    addresses: addresses.map(toAddressModel),
    openingHours: sortedHours(entry.openingHours).map((row) => ({
      weekday: row.weekday,
      opens: hhmm(row.opens),
      closes: hhmm(row.closes),
      note: row.note,
    })),
    openingHoursNote: entry.openingHoursNote,
    phone: entry.phone,
    email: entry.email,
    website: entry.website,
    languages: entry.languages.map((code) => ({ code, name: germanLanguageName(code) })),
    targetGroups: entry.targetGroups.map((code) => ({
      code,
      name: codes.nameOf(DirectoryCodeList.TARGET_GROUP, code),
    })),
    accessibilityNotes: entry.accessibilityNotes,
    tags: entry.tags,
    courseOffers: byPosition(entry.courseOffers).map((offer: DirectoryCourseOfferEntity) => {
      const location = offer.locationId ? addressById.get(offer.locationId) : undefined;
      return {
        id: offer.id,
        type: offer.type,
        cefrLevel: offer.cefrLevel,
        format: offer.format,
        schedule: offer.schedule,
        nextStartDate: offer.nextStartDate,
        placesFree: offer.placesFree,
        childcare: offer.childcare,
        location: location ? toAddressModel(location) : null,
        approvalNumber: offer.approvalNumber,
        note: offer.note,
      };
    }),
    communities: entry.communities,
    countriesOfOrigin: entry.countriesOfOrigin,
    topics: entry.topics.map((code) => ({ code, name: codes.nameOf(DirectoryCodeList.ORGANISATION_TOPIC, code) })),
    agency: entry.agency ? { id: entry.agency.id, name: entry.agency.name } : null,
    visibility: entry.visibility,
    lastVerifiedAt: entry.lastVerifiedAt,
    verificationDueAt: dueAt,
    isOutdated: now.getTime() >= dueAt.getTime(),
    distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10,
    version: entry.version,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    ownerId: entry.ownerId,
    ownerTeamId: entry.ownerTeamId,
    lastVerifiedById: entry.lastVerifiedById,
    externalId: entry.externalId,
    cooperationSince: entry.cooperationSince,
    cooperationKind: entry.cooperationKind,
    cooperationAgencyContact: entry.cooperationAgencyContact,
  };
}

/**
 * The editable fields as plain JSON: compared for the history and sent with a CONFLICT so the
 * client can show its version next to the current one. Course offers name their location by index.
 */
export function entrySnapshot(entry: DirectoryEntryEntity): Record<string, unknown> {
  const addresses = byPosition(entry.addresses);
  const indexOf = new Map(addresses.map((address, index) => [address.id, index]));
  return {
    kind: entry.kind,
    name: entry.name,
    shortName: entry.shortName,
    description: entry.descriptionText,
    addresses: addresses.map(({ label, street, postalCode, city, district, latitude, longitude }) => ({
      label,
      street,
      postalCode,
      city,
      district,
      latitude,
      longitude,
    })),
    openingHours: sortedHours(entry.openingHours).map((row) => ({
      weekday: row.weekday,
      opens: hhmm(row.opens),
      closes: hhmm(row.closes),
      note: row.note,
    })),
    openingHoursNote: entry.openingHoursNote,
    phone: entry.phone,
    email: entry.email,
    website: entry.website,
    languages: entry.languages,
    targetGroups: entry.targetGroups,
    accessibilityNotes: entry.accessibilityNotes,
    tags: entry.tags,
    agencyId: entry.agencyId,
    visibility: entry.visibility,
    externalId: entry.externalId,
    communities: entry.communities,
    countriesOfOrigin: entry.countriesOfOrigin,
    topics: entry.topics,
    cooperationSince: entry.cooperationSince,
    cooperationKind: entry.cooperationKind,
    cooperationAgencyContact: entry.cooperationAgencyContact,
    courseOffers: byPosition(entry.courseOffers).map((offer) => ({
      type: offer.type,
      cefrLevel: offer.cefrLevel,
      format: offer.format,
      schedule: offer.schedule,
      nextStartDate: offer.nextStartDate,
      placesFree: offer.placesFree,
      childcare: offer.childcare,
      locationIndex: offer.locationId ? (indexOf.get(offer.locationId) ?? null) : null,
      approvalNumber: offer.approvalNumber,
      note: offer.note,
    })),
  };
}

/** Fields whose JSON differs between two snapshots, with old and new values. */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { field: string; oldValue: unknown; newValue: unknown }[] {
  return Object.keys(after)
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
}
