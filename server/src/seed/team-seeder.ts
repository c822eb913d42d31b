import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { OwnershipService } from '../ownership/ownership.service';
import { TeamsService } from '../teams/teams.service';
import { demoTeams } from './demo/teams';

/** Demo teams with members, and the articles and directory entries they own. */
@Injectable()
export class TeamSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
    private readonly ownership: OwnershipService,
  ) {}

  async seed(input: { viewers: Map<string, Viewer>; agencyIds: Map<string, string>; admin: Viewer }): Promise<number> {
    for (const demo of demoTeams) {
      const team = await this.teams.create(input.admin, {
        name: demo.name,
        description: demo.description,
        agencyId: demo.agencyKey ? (input.agencyIds.get(demo.agencyKey) ?? null) : null,
      });
      for (const email of demo.memberEmails) {
        const member = input.viewers.get(email);
        if (!member) throw new Error(`Demo team "${demo.name}" has an unknown member ${email}`);
        await this.teams.addMember(input.admin, team.id, member.userId);
      }
      const articles = await this.idsBy('article', 'title', demo.articleTitles);
      for (const id of articles) await this.ownership.setArticleOwner(id, { teamId: team.id });
      const entries = await this.idsBy('directory_entry', 'name', demo.directoryEntryNames);
      for (const id of entries) await this.ownership.setDirectoryEntryOwner(input.admin, id, { teamId: team.id });
    }
    return demoTeams.length;
  }

  /** Ids of the rows with these names; a missing name is a mistake in the demo data. */
  private async idsBy(
    table: 'article' | 'directory_entry',
    column: 'title' | 'name',
    names: string[],
  ): Promise<string[]> {
    if (names.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string; label: string }[]>(
      `SELECT id, ${column} AS label FROM ${table} WHERE ${column} = ANY($1::text[])`,
      [names],
    );
    const missing = names.filter((name) => !rows.some((row) => row.label === name));
    if (missing.length > 0) throw new Error(`Demo teams: no ${table} named ${missing.join(', ')}`);
    return rows.map((row) => row.id);
  }
}
