import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { Role, roleAtLeast } from '../common/auth/role';
import type { Viewer } from '../common/auth/viewer';
import { UsersService } from '../users/users.service';
import type { CreateTeamInput } from './dto/create-team.input';
import type { UpdateTeamInput } from './dto/update-team.input';
import { canManageTeam } from './team-access';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';
import { TeamErrorCode, TeamException } from './teams.errors';

/** What a team owns; a team that owns anything cannot be deleted. */
export interface TeamOwnedCounts {
  articles: number;
  directoryEntries: number;
}

/** Teams and their members. Admins manage every team, editors the teams of their own agency. */
@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
  ) {}

  list(): Promise<TeamEntity[]> {
    return this.dataSource.manager.find(TeamEntity, { order: { name: 'ASC', id: 'ASC' } });
  }

  async findByIds(ids: readonly string[]): Promise<TeamEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource.manager.findBy(TeamEntity, { id: In([...ids]) });
  }

  async get(id: string): Promise<TeamEntity> {
    const team = await this.dataSource.manager.findOneBy(TeamEntity, { id });
    if (!team) throw new TeamException(TeamErrorCode.TEAM_NOT_FOUND, 'Team not found.', { teamId: id });
    return team;
  }

  /** The teams the user is a member of, by name. */
  async teamsOf(userId: string): Promise<TeamEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(TeamEntity, 't')
      .innerJoin(TeamMemberEntity, 'm', 'm."teamId" = t.id AND m."userId" = :userId', { userId })
      .orderBy('t.name', 'ASC')
      .getMany();
  }

  /** Member user ids per team id (teams without members map to an empty list). */
  async memberIds(teamIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(teamIds.map((id) => [id, []]));
    if (teamIds.length === 0) return result;
    const rows = await this.dataSource.manager.find(TeamMemberEntity, {
      where: { teamId: In([...teamIds]) },
      order: { addedAt: 'ASC', userId: 'ASC' },
    });
    for (const row of rows) result.get(row.teamId)?.push(row.userId);
    return result;
  }

  async create(viewer: Viewer, input: CreateTeamInput): Promise<TeamEntity> {
    const agencyId =
      input.agencyId === undefined && viewer.role !== Role.ADMIN ? viewer.agencyId : (input.agencyId ?? null);
    if (!canManageTeam(viewer, { agencyId })) {
      throw new TeamException(TeamErrorCode.NOT_TEAM_MANAGER, 'Editors may only create teams of their own agency.');
    }
    if (agencyId) await this.assertAgency(agencyId);
    const name = input.name.trim();
    await this.assertNameFree(name);
    return this.dataSource.manager.save(
      this.dataSource.manager.create(TeamEntity, { name, description: input.description?.trim() ?? '', agencyId }),
    );
  }

  async update(viewer: Viewer, id: string, input: UpdateTeamInput): Promise<TeamEntity> {
    const team = await this.getManageable(viewer, id);
    if (input.agencyId !== undefined && input.agencyId !== team.agencyId) {
      // Moving a team to another agency changes who manages it: admins only.
      if (viewer.role !== Role.ADMIN) {
        throw new TeamException(TeamErrorCode.NOT_TEAM_MANAGER, 'Only administrators move a team to another agency.');
      }
      if (input.agencyId) await this.assertAgency(input.agencyId);
      team.agencyId = input.agencyId;
    }
    if (input.name !== undefined && input.name.trim() !== team.name) {
      await this.assertNameFree(input.name.trim(), team.id);
      team.name = input.name.trim();
    }
    if (input.description !== undefined) team.description = input.description.trim();
    return this.dataSource.manager.save(team);
  }

  /** Refuses (TEAM_OWNS_CONTENT with the counts) while the team owns anything: content is never orphaned. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.getManageable(viewer, id);
    return this.dataSource.transaction(async (manager) => {
      // Lock the team so no owner assignment slips in between the count and the delete.
      await manager.query('SELECT id FROM team WHERE id = $1 FOR UPDATE', [id]);
      const owned = await this.ownedCounts(id, manager);
      if (owned.articles > 0 || owned.directoryEntries > 0) {
        throw new TeamException(
          TeamErrorCode.OWNS_CONTENT,
          `Das Team ist noch für ${owned.articles} Artikel und ${owned.directoryEntries} Verzeichniseinträge verantwortlich. ` +
            'Bitte übertragen Sie diese zuerst an eine andere Person oder ein anderes Team.',
          { ...owned },
        );
      }
      await manager.delete(TeamEntity, { id });
      return true;
    });
  }

  async ownedCounts(id: string, manager = this.dataSource.manager): Promise<TeamOwnedCounts> {
    // Raw SQL: articles and directory sit above teams, so teams does not import their entities.
    const [row] = await manager.query<TeamOwnedCounts[]>(
      `SELECT (SELECT count(*) FROM article WHERE "ownerTeamId" = $1)::int AS articles,
              (SELECT count(*) FROM directory_entry WHERE "ownerTeamId" = $1)::int AS "directoryEntries"`,
      [id],
    );
    return row ?? { articles: 0, directoryEntries: 0 };
  }

  async addMember(viewer: Viewer, teamId: string, userId: string): Promise<TeamEntity> {
    const team = await this.getManageable(viewer, teamId);
    // Members share the team's review duty, and confirming content needs an editor.
    const [user] = await this.users.findByIds([userId]);
    if (!user || !user.active || !roleAtLeast(user.role, Role.EDITOR)) {
      throw new TeamException(
        TeamErrorCode.MEMBER_NOT_EDITOR,
        'Team members must be active editors or administrators.',
        { userId },
      );
    }
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(TeamMemberEntity)
      .values({ teamId, userId })
      .orIgnore()
      .execute();
    return team;
  }

  async removeMember(viewer: Viewer, teamId: string, userId: string): Promise<TeamEntity> {
    const team = await this.getManageable(viewer, teamId);
    await this.dataSource.manager.delete(TeamMemberEntity, { teamId, userId });
    return team;
  }

  private async getManageable(viewer: Viewer, id: string): Promise<TeamEntity> {
    const team = await this.get(id);
    if (!canManageTeam(viewer, team)) {
      throw new TeamException(
        TeamErrorCode.NOT_TEAM_MANAGER,
        'Only administrators and editors of the team’s agency manage this team.',
      );
    }
    return team;
  }

  private async assertAgency(agencyId: string): Promise<void> {
    if (!(await this.agencies.exists(agencyId))) {
      throw new TeamException(TeamErrorCode.AGENCY_NOT_FOUND, 'The agency does not exist.', { agencyId });
    }
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const existing = await this.dataSource.manager
      .createQueryBuilder(TeamEntity, 't')
      .where('lower(t.name) = lower(:name)', { name })
      .getOne();
    if (existing && existing.id !== exceptId) {
      throw new TeamException(TeamErrorCode.NAME_TAKEN, `Es gibt schon ein Team „${name}“.`, { name });
    }
  }
}
