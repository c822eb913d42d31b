import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface ReferenceRow {
  entryId: string;
  ownerId: string;
}

/**
 * Reads the reference tables that articles and projects keep from their bodies' contact cards.
 * Visibility of the referencing articles and projects is left to their own features' rules.
 */
@Injectable()
export class DirectoryReferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Article ids per entry id. */
  articleIdsFor(entryIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.idsFor('article_directory_reference', 'articleId', entryIds);
  }

  /** Project ids per entry id. */
  projectIdsFor(entryIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.idsFor('project_directory_reference', 'projectId', entryIds);
  }

  private async idsFor(
    table: 'article_directory_reference' | 'project_directory_reference',
    column: 'articleId' | 'projectId',
    entryIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: ReferenceRow[] = await this.dataSource.query(
      `SELECT "entryId", "${column}" AS "ownerId" FROM "${table}" WHERE "entryId" = ANY($1::uuid[])`,
      [entryIds],
    );
    const byEntry = new Map<string, string[]>();
    for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), row.ownerId]);
    return byEntry;
  }
}
