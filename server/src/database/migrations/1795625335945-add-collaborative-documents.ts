import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCollaborativeDocuments1795625335945 implements MigrationInterface {
  name = 'AddCollaborativeDocuments1795625335945';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "article_document" ("articleId" uuid NOT NULL, "state" bytea NOT NULL, "pendingAuthorIds" uuid array NOT NULL DEFAULT \'{}\', "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f80e27c9d073392a668eb8bdb1d" PRIMARY KEY ("articleId"))',
    );
    await queryRunner.query('ALTER TABLE "article_revision" ADD "authorIds" uuid array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "article_revision" ADD "name" character varying(120)');
    // Earlier revisions had exactly one author.
    await queryRunner.query(
      'UPDATE "article_revision" SET "authorIds" = ARRAY["authorId"] WHERE "authorId" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "article_document" ADD CONSTRAINT "FK_f80e27c9d073392a668eb8bdb1d" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "article_document" DROP CONSTRAINT "FK_f80e27c9d073392a668eb8bdb1d"');
    await queryRunner.query('ALTER TABLE "article_revision" DROP COLUMN "name"');
    await queryRunner.query('ALTER TABLE "article_revision" DROP COLUMN "authorIds"');
    await queryRunner.query('DROP TABLE "article_document"');
  }
}
