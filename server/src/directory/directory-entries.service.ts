import { Injectable } from '@nestjs/common';
import { DirectoryCodeList } from './code-lists/directory-code-list';
import { directoryCodesIn } from './code-lists/directory-codes.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { Visibility } from '../articles/article-status';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { DirectoryAddressEntity } from './directory-address.entity';
import { DirectoryChangeAction } from './directory-change-action';
import { DirectoryClock } from './directory-clock';
import { DirectoryCourseOfferEntity } from './directory-course-offer.entity';
import { prepareDescription } from './directory-description';
import { DirectoryEntryChangeEntity, type DirectoryFieldChange } from './directory-entry-change.entity';
import { DirectoryEntryKind } from './directory-entry-kind';
import { diffSnapshots, entrySnapshot } from './directory-entry.mapper';
import { DirectoryEntryEntity } from './directory-entry.entity';
import { addressValues, checkOpeningHours, cleanList, normaliseLanguages } from './directory-entry-values';
import { DirectoryOpeningHoursEntity } from './directory-opening-hours.entity';
import { DirectoryErrorCode, DirectoryException, entryNotFound } from './directory.errors';
import type { CreateDirectoryEntryInput } from './dto/create-directory-entry.input';
import type { DirectoryCourseOfferInput } from './dto/directory-entry-parts.input';
import type { UpdateDirectoryEntryInput } from './dto/update-directory-entry.input';
import { viewerTeamIds } from './viewer-team-ids';

/** Loads an entry with everything its snapshot needs, locked for the rest of the transaction. */
export async function lockEntry(manager: EntityManager, id: string): Promise<DirectoryEntryEntity> {
  const entry = isUUID(id)
    ? await manager.findOne(DirectoryEntryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!entry) throw entryNotFound();
  entry.addresses = await manager.find(DirectoryAddressEntity, { where: { entryId: id }, order: { position: 'ASC' } });
  entry.openingHours = await manager.find(DirectoryOpeningHoursEntity, { where: { entryId: id } });
  entry.courseOffers = await manager.find(DirectoryCourseOfferEntity, {
    where: { entryId: id },
    order: { position: 'ASC' },
  });
  return entry;
}

export async function recordChange(
  manager: EntityManager,
  entry: DirectoryEntryEntity,
  action: DirectoryChangeAction,
  viewer: Viewer,
  changes: DirectoryFieldChange[] = [],
): Promise<void> {
  await manager.save(
    DirectoryEntryChangeEntity,
    manager.create(DirectoryEntryChangeEntity, {
      entryId: entry.id,
      action,
      version: entry.version,
      changes,
      changedById: viewer.userId,
    }),
  );
}

/**
 * Creating, changing, verifying and deleting entries. Every write locks the entry row, checks the
 * client's base version (stale → CONFLICT with the current values), records the changed fields
 * in the history and enqueues the search update, all in one transaction.
 */
@Injectable()
export class DirectoryEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxService,
    private readonly clock: DirectoryClock,
  ) {}

  create(viewer: Viewer, input: CreateDirectoryEntryInput): Promise<string> {
    return this.dataSource.transaction((manager) => this.createIn(manager, viewer, input));
  }

  /** The write path of create inside the caller's transaction (the CSV import runs many in one). */
  async createIn(manager: EntityManager, viewer: Viewer, input: CreateDirectoryEntryInput): Promise<string> {
    const entry = manager.create(DirectoryEntryEntity, {
      kind: input.kind,
      name: '',
      shortName: '',
      ...prepareDescription(input.description),
      phone: '',
      email: '',
      website: '',
      languages: [],
      targetGroups: [],
      accessibilityNotes: '',
      tags: [],
      openingHoursNote: '',
      communities: [],
      countriesOfOrigin: [],
      topics: [],
      cooperationSince: null,
      cooperationKind: '',
      cooperationAgencyContact: '',
      ownerId: viewer.userId,
      agencyId: null,
      visibility: Visibility.INTERNAL,
      externalId: null,
      lastVerifiedAt: this.clock.now(),
      lastVerifiedById: viewer.userId,
      version: 1,
      updatedById: viewer.userId,
      addresses: [],
      openingHours: [],
      courseOffers: [],
    });
    await applyScalars(manager, entry, { ...input, description: undefined });
    const saved = await manager.save(DirectoryEntryEntity, entry);
    await applyLists(manager, saved, input);
    await recordChange(manager, saved, DirectoryChangeAction.CREATED, viewer);
    await this.outbox.enqueue(manager, 'DIRECTORY_ENTRY', [saved.id]);
    return saved.id;
  }

  async update(viewer: Viewer, id: string, input: UpdateDirectoryEntryInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => (await this.updateIn(manager, viewer, id, input)).id);
  }

  /** The write path of update inside the caller's transaction; returns the changed fields (none: nothing written). */
  async updateIn(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    input: UpdateDirectoryEntryInput,
  ): Promise<{ id: string; changes: DirectoryFieldChange[] }> {
    const entry = await lockEntry(manager, id);
    const before = entrySnapshot(entry);
    if (input.baseVersion !== entry.version) {
      throw new DirectoryException(
        DirectoryErrorCode.STALE_VERSION,
        'Jemand anderes hat den Eintrag inzwischen geändert. Ihre Änderung wurde nicht gespeichert; vergleichen Sie beide Fassungen und speichern Sie erneut.',
        { currentVersion: entry.version, current: before, updatedAt: entry.updatedAt.toISOString() },
      );
    }
    if (input.description !== undefined) Object.assign(entry, prepareDescription(input.description));
    await applyScalars(manager, entry, input);
    await applyLists(manager, entry, input);
    const changes = diffSnapshots(before, entrySnapshot(entry));
    if (changes.length === 0) return { id: entry.id, changes };
    entry.version += 1;
    entry.updatedById = viewer.userId;
    await manager.save(DirectoryEntryEntity, stripRelations(entry));
    await recordChange(manager, entry, DirectoryChangeAction.UPDATED, viewer, changes);
    await this.outbox.enqueue(manager, 'DIRECTORY_ENTRY', [entry.id]);
    return { id: entry.id, changes };
  }

  /** "Still correct": records who and when; the editable fields and the version stay. */
  async verify(viewer: Viewer, id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await lockEntry(manager, id);
      const verifiedAt = this.clock.now();
      await manager.update(
        DirectoryEntryEntity,
        { id },
        { lastVerifiedAt: verifiedAt, lastVerifiedById: viewer.userId },
      );
      await recordChange(manager, entry, DirectoryChangeAction.VERIFIED, viewer, [
        { field: 'lastVerifiedAt', oldValue: entry.lastVerifiedAt.toISOString(), newValue: verifiedAt.toISOString() },
      ]);
      return id;
    });
  }

  /** Owners and admins only; contact persons, offers and history go with the entry. */
  /** The teams the viewer is a member of, for canDelete (members of an owning team may delete). */
  viewerTeams(userId: string): Promise<Set<string>> {
    return viewerTeamIds(this.dataSource.manager, userId);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await lockEntry(manager, id);
      const teams = entry.ownerTeamId ? await viewerTeamIds(manager, viewer.userId) : new Set<string>();
      if (!canDelete(viewer, entry, teams)) {
        throw new DirectoryException(
          DirectoryErrorCode.NOT_ALLOWED,
          'Nur die verantwortliche Person und Administratoren können den Eintrag löschen.',
        );
      }
      await manager.delete(DirectoryEntryEntity, { id });
      await this.outbox.enqueue(manager, 'DIRECTORY_ENTRY', [id]);
      return true;
    });
  }
}

/** Admins and owners delete: the owning user, or any member of the owning team. */
export function canDelete(
  viewer: Viewer | null,
  entry: { ownerId: string | null; ownerTeamId?: string | null },
  viewerTeams: ReadonlySet<string> = new Set(),
): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN || entry.ownerId === viewer.userId) return true;
  return Boolean(entry.ownerTeamId && viewerTeams.has(entry.ownerTeamId));
}

function stripRelations(entry: DirectoryEntryEntity): DirectoryEntryEntity {
  const { addresses: _a, openingHours: _h, courseOffers: _o, ...row } = entry;
  return row;
}

type EntryFields = Partial<CreateDirectoryEntryInput>;

async function applyScalars(manager: EntityManager, entry: DirectoryEntryEntity, input: EntryFields): Promise<void> {
  if (input.targetGroups !== undefined || input.topics !== undefined) {
    // Values the entry has already may stay although archived since; new ones must be offered.
    const codes = await directoryCodesIn(manager);
    if (input.targetGroups !== undefined)
      entry.targetGroups = codes.check(DirectoryCodeList.TARGET_GROUP, input.targetGroups, entry.targetGroups ?? []);
    if (input.topics !== undefined)
      entry.topics = codes.check(DirectoryCodeList.ORGANISATION_TOPIC, input.topics, entry.topics ?? []);
  }
  if (input.kind !== undefined) entry.kind = input.kind;
  if (input.name !== undefined) entry.name = input.name.trim();
  if (input.shortName !== undefined) entry.shortName = input.shortName.trim();
  if (input.phone !== undefined) entry.phone = input.phone.trim();
  if (input.email !== undefined) entry.email = input.email.trim();
  if (input.website !== undefined) entry.website = input.website.trim();
  if (input.languages !== undefined) entry.languages = normaliseLanguages(input.languages);
  if (input.accessibilityNotes !== undefined) entry.accessibilityNotes = input.accessibilityNotes.trim();
  if (input.tags !== undefined) entry.tags = cleanList(input.tags);
  if (input.openingHoursNote !== undefined) entry.openingHoursNote = input.openingHoursNote.trim();
  if (input.communities !== undefined) entry.communities = cleanList(input.communities);
  if (input.countriesOfOrigin !== undefined) entry.countriesOfOrigin = cleanList(input.countriesOfOrigin);
  if (input.cooperationSince !== undefined) entry.cooperationSince = input.cooperationSince;
  if (input.cooperationKind !== undefined) entry.cooperationKind = input.cooperationKind.trim();
  if (input.cooperationAgencyContact !== undefined) {
    entry.cooperationAgencyContact = input.cooperationAgencyContact.trim();
  }
  if (input.visibility !== undefined) entry.visibility = input.visibility;
  if (input.agencyId !== undefined) {
    if (input.agencyId !== null && !(await manager.existsBy(AgencyEntity, { id: input.agencyId }))) {
      throw new DirectoryException(DirectoryErrorCode.UNKNOWN_AGENCY, 'Die Dienststelle gibt es nicht.');
    }
    entry.agencyId = input.agencyId;
  }
  if (input.externalId !== undefined) {
    const externalId = input.externalId === null ? null : input.externalId.trim();
    if (
      externalId !== null &&
      (await manager.existsBy(DirectoryEntryEntity, entry.id ? { externalId, id: Not(entry.id) } : { externalId }))
    ) {
      throw new DirectoryException(
        DirectoryErrorCode.EXTERNAL_ID_TAKEN,
        `Die externe Kennung „${externalId}“ hat schon ein anderer Eintrag.`,
        { externalId },
      );
    }
    entry.externalId = externalId;
  }
}

/** Addresses are updated in place by position, so course offers keep pointing at "address 2". */
async function applyLists(manager: EntityManager, entry: DirectoryEntryEntity, input: EntryFields): Promise<void> {
  if (input.addresses !== undefined) {
    const values = input.addresses.map((address, index) => addressValues(address, index));
    const current = entry.addresses ?? [];
    const next: DirectoryAddressEntity[] = [];
    for (const [index, value] of values.entries()) {
      const existing = current[index];
      next.push(
        existing
          ? await manager.save(DirectoryAddressEntity, Object.assign(existing, value))
          : await manager.save(
              DirectoryAddressEntity,
              manager.create(DirectoryAddressEntity, { ...value, entryId: entry.id }),
            ),
      );
    }
    const removed = current.slice(values.length).map((address) => address.id);
    if (removed.length > 0) await manager.delete(DirectoryAddressEntity, removed);
    entry.addresses = next;
    if (removed.length > 0) {
      for (const offer of entry.courseOffers ?? []) {
        if (offer.locationId && removed.includes(offer.locationId)) offer.locationId = null;
      }
    }
  }
  if (input.openingHours !== undefined) {
    const hours = checkOpeningHours(input.openingHours);
    await manager.delete(DirectoryOpeningHoursEntity, { entryId: entry.id });
    entry.openingHours =
      hours.length === 0
        ? []
        : await manager.save(
            DirectoryOpeningHoursEntity,
            hours.map((row) =>
              manager.create(DirectoryOpeningHoursEntity, {
                entryId: entry.id,
                weekday: row.weekday,
                opens: row.opens ?? null,
                closes: row.closes ?? null,
                note: row.note.trim(),
              }),
            ),
          );
  }
  if (input.courseOffers !== undefined) {
    await manager.delete(DirectoryCourseOfferEntity, { entryId: entry.id });
    entry.courseOffers = await saveOffers(manager, entry, input.courseOffers);
  }
  if (entry.kind !== DirectoryEntryKind.COURSE_PROVIDER && (entry.courseOffers ?? []).length > 0) {
    throw new DirectoryException(
      DirectoryErrorCode.INVALID_COURSE_OFFER,
      'Kursangebote gibt es nur bei Kursträgern; entfernen Sie die Angebote, bevor Sie die Art ändern.',
    );
  }
}

async function saveOffers(
  manager: EntityManager,
  entry: DirectoryEntryEntity,
  offers: DirectoryCourseOfferInput[],
): Promise<DirectoryCourseOfferEntity[]> {
  const addresses = entry.addresses ?? [];
  const rows = offers.map((offer, index) => {
    const locationIndex = offer.locationIndex ?? null;
    const location = locationIndex === null ? null : addresses[locationIndex];
    if (locationIndex !== null && !location) {
      throw new DirectoryException(
        DirectoryErrorCode.INVALID_COURSE_OFFER,
        `Kursangebot ${index + 1}: Den Kursort ${locationIndex + 1} gibt es nicht (der Eintrag hat ${addresses.length} Adressen).`,
        { index, locationIndex },
      );
    }
    return manager.create(DirectoryCourseOfferEntity, {
      entryId: entry.id,
      position: index,
      type: offer.type,
      cefrLevel: offer.cefrLevel ?? null,
      format: offer.format,
      schedule: offer.schedule,
      nextStartDate: offer.nextStartDate ?? null,
      placesFree: offer.placesFree ?? null,
      childcare: offer.childcare,
      locationId: location ? location.id : null,
      approvalNumber: offer.approvalNumber.trim(),
      note: offer.note.trim(),
    });
  });
  return rows.length === 0 ? [] : manager.save(DirectoryCourseOfferEntity, rows);
}
