import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A narrow copy of the directory entry columns the faceted list reads (visibility, kind, languages,
 * target groups, name), so that PostgreSQL can count facets over thousands of entries with an
 * index-only scan instead of reading the wide rows (descriptions). TypeORM cannot declare INCLUDE,
 * so the entity names the index with `synchronize: false`.
 */
export class AddDirectoryFacetIndex1796185000000 implements MigrationInterface {
  name = 'AddDirectoryFacetIndex1796185000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_directory_entry_facets" ON "directory_entry" ("id") INCLUDE ("visibility", "kind", "languages", "targetGroups", "name")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_directory_entry_facets"`);
  }
}
