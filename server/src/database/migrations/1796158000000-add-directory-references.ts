import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which article and project bodies show which directory entries (contact cards). No body had a
 * contact card before this migration, so there is nothing to back-fill.
 */
export class AddDirectoryReferences1796158000000 implements MigrationInterface {
  name = 'AddDirectoryReferences1796158000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "article_directory_reference" ("articleId" uuid NOT NULL, "entryId" uuid NOT NULL, CONSTRAINT "PK_2c437d2020d05fc8df9b0ead065" PRIMARY KEY ("articleId", "entryId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_article_directory_reference_entry" ON "article_directory_reference" ("entryId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_directory_reference" ("projectId" uuid NOT NULL, "entryId" uuid NOT NULL, CONSTRAINT "PK_237b8a7da76a8e7fe0c40e4204c" PRIMARY KEY ("projectId", "entryId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_project_directory_reference_entry" ON "project_directory_reference" ("entryId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "article_directory_reference" ADD CONSTRAINT "FK_5f792f129f7bc37140e0e0a0406" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_directory_reference" ADD CONSTRAINT "FK_08716d1f4cb062b2c1e06ca488a" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "project_directory_reference" DROP CONSTRAINT "FK_08716d1f4cb062b2c1e06ca488a"',
    );
    await queryRunner.query(
      'ALTER TABLE "article_directory_reference" DROP CONSTRAINT "FK_5f792f129f7bc37140e0e0a0406"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_project_directory_reference_entry"');
    await queryRunner.query('DROP TABLE "project_directory_reference"');
    await queryRunner.query('DROP INDEX "public"."IDX_article_directory_reference_entry"');
    await queryRunner.query('DROP TABLE "article_directory_reference"');
  }
}
