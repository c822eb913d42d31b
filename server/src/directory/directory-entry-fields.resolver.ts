import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loadUserRef } from '../users/user-ref.loader';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loader-for';
import { UserRefModel } from '../users/models/user-ref.model';
import { UsersService } from '../users/users.service';
import { DirectoryContactsService } from './directory-contacts.service';
import { canDelete, DirectoryEntriesService } from './directory-entries.service';
import { DirectoryQueriesService } from './directory-queries.service';
import {
  DirectoryContactPersonModel,
  DirectoryEntryChangeModel,
  DirectoryEntryInternalModel,
} from './models/directory-entry-internal.model';
import { DirectoryEntryModel } from './models/directory-entry.model';

/** `internal` is the only way to staff-only data, and it is null for anonymous visitors. */
@Resolver(() => DirectoryEntryModel)
export class DirectoryEntryFieldsResolver {
  constructor(private readonly entries: DirectoryEntriesService) {}

  @ResolveField(() => DirectoryEntryInternalModel, {
    nullable: true,
    description: 'Contact persons, owner, cooperation and history: signed-in staff only (null otherwise).',
  })
  async internal(
    @Parent() entry: DirectoryEntryModel,
    @CurrentViewer() viewer: Viewer | null,
    @Context() context: GraphqlContext,
  ): Promise<DirectoryEntryInternalModel | null> {
    if (!viewer) return null;
    // Members of an owning team may delete; their teams are read once per request.
    const teams = entry.ownerTeamId
      ? await loaderFor<string, Set<string>>(context, 'directory.viewerTeams', (ids) =>
          Promise.all(ids.map((id) => this.entries.viewerTeams(id))),
        ).load(viewer.userId)
      : new Set<string>();
    return {
      entryId: entry.id,
      ownerId: entry.ownerId,
      ownerTeamId: entry.ownerTeamId ?? null,
      lastVerifiedById: entry.lastVerifiedById,
      externalId: entry.externalId,
      cooperation: {
        since: entry.cooperationSince,
        kind: entry.cooperationKind,
        agencyContact: entry.cooperationAgencyContact,
      },
      viewerCanDelete: canDelete(viewer, entry, teams),
    };
  }
}

@Resolver(() => DirectoryEntryInternalModel)
export class DirectoryEntryInternalFieldsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly contacts: DirectoryContactsService,
    private readonly queries: DirectoryQueriesService,
  ) {}

  @ResolveField(() => UserRefModel, { nullable: true })
  owner(
    @Parent() internal: DirectoryEntryInternalModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, internal.ownerId);
  }

  @ResolveField(() => UserRefModel, { nullable: true })
  lastVerifiedBy(
    @Parent() internal: DirectoryEntryInternalModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, internal.lastVerifiedById);
  }

  @ResolveField(() => [DirectoryContactPersonModel])
  contactPersons(
    @Parent() internal: DirectoryEntryInternalModel,
    @Context() context: GraphqlContext,
  ): Promise<DirectoryContactPersonModel[]> {
    return loaderFor<string, DirectoryContactPersonModel[]>(context, 'directory.contactPersons', async (ids) => {
      const byEntry = await this.contacts.forEntries(ids);
      return ids.map((id) =>
        (byEntry.get(id) ?? []).map(({ id: personId, name, role, phone, email, languages, consentGivenOn }) => ({
          id: personId,
          name,
          role,
          phone,
          email,
          languages,
          consentGivenOn,
        })),
      );
    }).load(internal.entryId);
  }

  @ResolveField(() => [DirectoryEntryChangeModel], { description: 'Newest first.' })
  history(
    @Parent() internal: DirectoryEntryInternalModel,
    @Context() context: GraphqlContext,
  ): Promise<DirectoryEntryChangeModel[]> {
    return loaderFor<string, DirectoryEntryChangeModel[]>(context, 'directory.history', async (ids) => {
      const byEntry = await this.queries.history(ids);
      return ids.map((id) =>
        (byEntry.get(id) ?? []).map((change) => ({
          id: change.id,
          action: change.action,
          version: change.version,
          changes: change.changes,
          changedById: change.changedById,
          changedAt: change.changedAt,
        })),
      );
    }).load(internal.entryId);
  }
}

@Resolver(() => DirectoryEntryChangeModel)
export class DirectoryChangeFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserRefModel, { nullable: true })
  changedBy(
    @Parent() change: DirectoryEntryChangeModel,
    @Context() context: GraphqlContext,
  ): Promise<UserRefModel | null> {
    return loadUserRef(context, this.users, change.changedById);
  }
}
