import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { DirectoryChangeAction } from './directory-change-action';
import { DirectoryContactPersonEntity } from './directory-contact-person.entity';
import { lockEntry, recordChange } from './directory-entries.service';
import { normaliseLanguages } from './directory-entry-values';
import { DirectoryErrorCode, DirectoryException } from './directory.errors';
import type {
  DirectoryContactPersonInput,
  UpdateDirectoryContactPersonInput,
} from './dto/directory-contact-person.input';

const personNotFound = (): DirectoryException =>
  new DirectoryException(DirectoryErrorCode.CONTACT_PERSON_NOT_FOUND, 'Die Kontaktperson gibt es nicht.');

/**
 * Contact persons: personal data. Only signed-in staff reach these methods (resolvers), the
 * history records that a person was added, changed or removed but never their data, and
 * removing a person deletes the row.
 */
@Injectable()
export class DirectoryContactsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forEntries(entryIds: readonly string[]): Promise<Map<string, DirectoryContactPersonEntity[]>> {
    const rows =
      entryIds.length === 0
        ? []
        : await this.dataSource.manager.find(DirectoryContactPersonEntity, {
            where: { entryId: In([...entryIds]) },
            order: { name: 'ASC', id: 'ASC' },
          });
    const result = new Map<string, DirectoryContactPersonEntity[]>();
    for (const row of rows) result.set(row.entryId, [...(result.get(row.entryId) ?? []), row]);
    return result;
  }

  async add(
    viewer: Viewer,
    entryId: string,
    input: DirectoryContactPersonInput,
  ): Promise<DirectoryContactPersonEntity> {
    const languages = normaliseLanguages(input.languages);
    return this.dataSource.transaction(async (manager) => {
      const entry = await lockEntry(manager, entryId);
      const person = await manager.save(
        DirectoryContactPersonEntity,
        manager.create(DirectoryContactPersonEntity, {
          entryId: entry.id,
          name: input.name.trim(),
          role: input.role.trim(),
          phone: input.phone.trim(),
          email: input.email.trim(),
          languages,
          consentGivenOn: input.consentGivenOn,
        }),
      );
      await recordChange(manager, entry, DirectoryChangeAction.CONTACT_PERSON_ADDED, viewer);
      return person;
    });
  }

  async update(
    viewer: Viewer,
    id: string,
    input: UpdateDirectoryContactPersonInput,
  ): Promise<DirectoryContactPersonEntity> {
    const languages = input.languages === undefined ? undefined : normaliseLanguages(input.languages);
    return this.dataSource.transaction(async (manager) => {
      const person = isUUID(id) ? await manager.findOneBy(DirectoryContactPersonEntity, { id }) : null;
      if (!person) throw personNotFound();
      const entry = await lockEntry(manager, person.entryId);
      if (input.name !== undefined) person.name = input.name.trim();
      if (input.role !== undefined) person.role = input.role.trim();
      if (input.phone !== undefined) person.phone = input.phone.trim();
      if (input.email !== undefined) person.email = input.email.trim();
      if (languages !== undefined) person.languages = languages;
      if (input.consentGivenOn !== undefined) person.consentGivenOn = input.consentGivenOn;
      const saved = await manager.save(DirectoryContactPersonEntity, person);
      await recordChange(manager, entry, DirectoryChangeAction.CONTACT_PERSON_UPDATED, viewer);
      return saved;
    });
  }

  /** Deletes the person's data (not a soft delete). */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const person = isUUID(id) ? await manager.findOneBy(DirectoryContactPersonEntity, { id }) : null;
      if (!person) throw personNotFound();
      const entry = await lockEntry(manager, person.entryId);
      await manager.delete(DirectoryContactPersonEntity, { id });
      await recordChange(manager, entry, DirectoryChangeAction.CONTACT_PERSON_REMOVED, viewer);
      return true;
    });
  }
}
