import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';
import { Role, roleAtLeast } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { DirectoryChangeAction } from '../directory/directory-change-action';
import { DirectoryEntryChangeEntity } from '../directory/directory-entry-change.entity';
import { DirectoryEntryEntity } from '../directory/directory-entry.entity';
import { SearchOutboxService } from '../search-outbox/search-outbox.service';
import { TeamsService } from '../teams/teams.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { OwnerInput } from './dto/owner.input';
import { OwnershipErrorCode, OwnershipException } from './ownership.errors';

/** Owner columns as stored: at most one is set (database check), the service always sets exactly one. */
export interface OwnerColumns {
  ownerId: string | null;
  ownerTeamId: string | null;
}

/**
 * Hands articles and directory entries to a user or a team. The owner keeps the content up to
 * date: it appears in their review list (for a team: every member's) and in their review e-mails.
 */
@Injectable()
export class OwnershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
    private readonly outbox: SearchOutboxService,
  ) {}

  async setArticleOwner(id: string, input: OwnerInput): Promise<void> {
    const owner = await this.resolve(input);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(ArticleEntity, { id }, owner);
      if (!result.affected) throw notFound();
      // The search document carries the owner's agency.
      await this.outbox.enqueue(manager, 'ARTICLE', [id]);
    });
  }

  /**
   * Changes the owner of an entry and records it in the entry's history. The version stays, so an
   * editor with the form open can still save it (the owner is not one of the form's fields).
   */
  async setDirectoryEntryOwner(viewer: Viewer, id: string, input: OwnerInput): Promise<void> {
    const owner = await this.resolve(input);
    await this.dataSource.transaction(async (manager) => {
      const [entry] = await manager.query<(OwnerColumns & { version: number })[]>(
        'SELECT "ownerId", "ownerTeamId", version FROM directory_entry WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!entry) throw notFound();
      if (entry.ownerId === owner.ownerId && entry.ownerTeamId === owner.ownerTeamId) return;
      await manager.update(DirectoryEntryEntity, { id }, owner);
      await manager.save(
        manager.create(DirectoryEntryChangeEntity, {
          entryId: id,
          action: DirectoryChangeAction.UPDATED,
          version: entry.version,
          // Names, not ids: the history is read by people, and stays readable after a team is deleted.
          changes: [
            { field: 'owner', oldValue: await this.label(manager, entry), newValue: await this.label(manager, owner) },
          ],
          changedById: viewer.userId,
        }),
      );
    });
  }

  /**
   * "Thomas Weber" or "Team IKB-Team Esslingen" (null: nobody). Reads through the transaction's
   * manager: PGlite has a single connection, so a second one would wait forever.
   */
  private async label(manager: EntityManager, owner: OwnerColumns): Promise<string | null> {
    if (owner.ownerTeamId) {
      const [team] = await manager.query<{ name: string }[]>('SELECT name FROM team WHERE id = $1', [
        owner.ownerTeamId,
      ]);
      return team ? `Team ${team.name}` : null;
    }
    if (!owner.ownerId) return null;
    const [user] = await manager.query<{ displayName: string }[]>(
      'SELECT "displayName" FROM user_account WHERE id = $1',
      [owner.ownerId],
    );
    return user?.displayName ?? null;
  }

  /** Active editors and admins by name: who may own content or join a team. */
  async candidates(): Promise<UserEntity[]> {
    return (await this.users.list()).filter((user) => user.active && roleAtLeast(user.role, Role.EDITOR));
  }

  /** Exactly one of user and team; a user must be an active editor or admin, a team must exist. */
  private async resolve(input: OwnerInput): Promise<OwnerColumns> {
    const userId = input.userId ?? null;
    const teamId = input.teamId ?? null;
    if ((userId === null) === (teamId === null)) {
      throw new OwnershipException(OwnershipErrorCode.EXACTLY_ONE_OWNER, 'Give exactly one owner: a user or a team.');
    }
    if (userId) {
      const [user] = await this.users.findByIds([userId]);
      if (!user || !user.active || !roleAtLeast(user.role, Role.EDITOR)) {
        throw new OwnershipException(
          OwnershipErrorCode.OWNER_NOT_EDITOR,
          'The owner must be an active editor or administrator.',
          { userId },
        );
      }
      return { ownerId: userId, ownerTeamId: null };
    }
    const [team] = await this.teams.findByIds([teamId as string]);
    if (!team) throw new OwnershipException(OwnershipErrorCode.TEAM_NOT_FOUND, 'The team does not exist.', { teamId });
    return { ownerId: null, ownerTeamId: team.id };
  }
}

const notFound = () => new OwnershipException(OwnershipErrorCode.CONTENT_NOT_FOUND, 'Not found.');
