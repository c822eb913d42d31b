import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRole, SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import { Role } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { DirectoryEntriesService } from './directory-entries.service';
import { DirectoryEntryKind } from './directory-entry-kind';
import { toDirectoryEntryModel } from './directory-entry.mapper';
import { DirectoryQueriesService } from './directory-queries.service';
import { DirectoryVerificationPolicy } from './directory-verification.policy';
import { CreateDirectoryEntryInput } from './dto/create-directory-entry.input';
import { DirectoryEntriesArgs } from './dto/directory-entries.args';
import { UpdateDirectoryEntryInput } from './dto/update-directory-entry.input';
import { DirectoryEntryConnection } from './models/directory-entry-connection.model';
import { DirectoryEntryModel } from './models/directory-entry.model';
import { DirectoryCodeListsModel, DirectoryVerificationIntervalModel } from './models/directory-lists.model';
import { allLanguages } from './directory-languages';
import { DirectoryCodeList } from './code-lists/directory-code-list';
import { DirectoryCodesService } from './code-lists/directory-codes.service';

/** The directory: anyone reads PUBLIC entries, staff read all; editors write, owners and admins delete. */
@Resolver(() => DirectoryEntryModel)
export class DirectoryResolver {
  constructor(
    private readonly entries: DirectoryEntriesService,
    private readonly queries: DirectoryQueriesService,
    private readonly verification: DirectoryVerificationPolicy,
    private readonly codes: DirectoryCodesService,
  ) {}

  @Public()
  @Query(() => DirectoryEntryConnection, {
    description: 'Faceted list: AND across facets, OR within one; nearest first with `near`, else by name.',
  })
  async directoryEntries(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: DirectoryEntriesArgs,
  ): Promise<DirectoryEntryConnection> {
    const [page, codes] = await Promise.all([this.queries.list(viewer, args), this.codes.current()]);
    return {
      edges: page.items.map((item) => ({
        cursor: item.cursor,
        node: toDirectoryEntryModel(item.entry, page.intervals, page.now, codes, item.distanceKm),
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
      facets: page.facets,
    };
  }

  @Public()
  @Query(() => DirectoryEntryModel, { description: 'INTERNAL entries are NOT_FOUND for anonymous visitors.' })
  async directoryEntry(@CurrentViewer() viewer: Viewer | null, @IdArg('id') id: string): Promise<DirectoryEntryModel> {
    return this.load(viewer, id);
  }

  @SignedIn()
  @Query(() => [DirectoryEntryModel], { description: 'The viewer’s own entries that are due for verification.' })
  async myDirectoryReviews(@CurrentViewer() viewer: Viewer): Promise<DirectoryEntryModel[]> {
    const [{ entries, intervals, now }, codes] = await Promise.all([
      this.queries.reviewsFor(viewer),
      this.codes.current(),
    ]);
    return entries.map((entry) => toDirectoryEntryModel(entry, intervals, now, codes));
  }

  @Public()
  @Query(() => DirectoryCodeListsModel, { description: 'What forms and filters offer (no archived values).' })
  async directoryCodeLists(): Promise<DirectoryCodeListsModel> {
    const codes = await this.codes.current();
    const list = (name: DirectoryCodeList) => codes.values(name).map(({ code, name }) => ({ code, name }));
    return {
      languages: allLanguages(),
      targetGroups: list(DirectoryCodeList.TARGET_GROUP),
      organisationTopics: list(DirectoryCodeList.ORGANISATION_TOPIC),
    };
  }

  @SignedIn()
  @Query(() => [DirectoryVerificationIntervalModel])
  async directoryVerificationIntervals(): Promise<DirectoryVerificationIntervalModel[]> {
    const intervals = await this.verification.intervals();
    return Object.values(DirectoryEntryKind).map((kind) => ({ kind, months: intervals.monthsFor(kind) }));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryEntryModel, {
    description: 'The creator becomes the owner; the entry counts as verified now.',
  })
  async createDirectoryEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateDirectoryEntryInput,
  ): Promise<DirectoryEntryModel> {
    return this.load(viewer, await this.entries.create(viewer, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryEntryModel, {
    description: 'A stale baseVersion gives CONFLICT with extensions.current (the current values) and currentVersion.',
  })
  async updateDirectoryEntry(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id') id: string,
    @Args('input') input: UpdateDirectoryEntryInput,
  ): Promise<DirectoryEntryModel> {
    return this.load(viewer, await this.entries.update(viewer, id, input));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => DirectoryEntryModel, { description: '"Still correct": records who verified and when.' })
  async verifyDirectoryEntry(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<DirectoryEntryModel> {
    return this.load(viewer, await this.entries.verify(viewer, id));
  }

  @RequireRole(Role.EDITOR)
  @Mutation(() => Boolean, { description: 'The owner and admins only (else FORBIDDEN).' })
  deleteDirectoryEntry(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    return this.entries.delete(viewer, id);
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => DirectoryVerificationIntervalModel)
  async setDirectoryVerificationInterval(
    @Args('kind', { type: () => DirectoryEntryKind }) kind: DirectoryEntryKind,
    @Args('months', { type: () => Int }) months: number,
  ): Promise<DirectoryVerificationIntervalModel> {
    const intervals = await this.verification.setMonths(kind, months);
    return { kind, months: intervals.monthsFor(kind) };
  }

  private async load(viewer: Viewer | null, id: string): Promise<DirectoryEntryModel> {
    const [entry, intervals, codes] = await Promise.all([
      this.queries.get(viewer, id),
      this.queries.intervals(),
      this.codes.current(),
    ]);
    return toDirectoryEntryModel(entry, intervals, this.queries.now(), codes);
  }
}
