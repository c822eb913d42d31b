import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddLanguageVersions1796160000000 implements MigrationInterface {
  name = 'AddLanguageVersions1796160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"language_variant\" AS ENUM('LEICHTE_SPRACHE', 'EINFACHE_SPRACHE', 'TRANSLATION')",
    );
    await queryRunner.query(
      'CREATE TABLE "article_language_version" ("articleId" uuid NOT NULL, "sourceArticleId" uuid NOT NULL, "variant" "public"."language_variant" NOT NULL, "language" character varying(12) NOT NULL, "sourceRevisionId" uuid, "sourceRevisionNumber" integer NOT NULL, "syncedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "syncedById" uuid, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f17ddedec5576c51747eb4ba45" PRIMARY KEY ("articleId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_article_language_version_source" ON "article_language_version" ("sourceArticleId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_article_language_version_variant" ON "article_language_version" ("sourceArticleId", "variant", "language") ',
    );
    await queryRunner.query(
      'ALTER TABLE "article_language_version" ADD CONSTRAINT "FK_6f17ddedec5576c51747eb4ba45" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_language_version" ADD CONSTRAINT "FK_d8f67efb8ffcc73e378e805c4a5" FOREIGN KEY ("sourceArticleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_language_version" ADD CONSTRAINT "FK_bf182941044090b13a6d3e475d4" FOREIGN KEY ("sourceRevisionId") REFERENCES "article_revision"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_language_version" ADD CONSTRAINT "FK_e75ade80be0985b06a6736aacb5" FOREIGN KEY ("syncedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "article_language_version" DROP CONSTRAINT "FK_e75ade80be0985b06a6736aacb5"');
    await queryRunner.query('ALTER TABLE "article_language_version" DROP CONSTRAINT "FK_bf182941044090b13a6d3e475d4"');
    await queryRunner.query('ALTER TABLE "article_language_version" DROP CONSTRAINT "FK_d8f67efb8ffcc73e378e805c4a5"');
    await queryRunner.query('ALTER TABLE "article_language_version" DROP CONSTRAINT "FK_6f17ddedec5576c51747eb4ba45"');
    await queryRunner.query('DROP INDEX "public"."UQ_article_language_version_variant"');
    await queryRunner.query('DROP INDEX "public"."IDX_article_language_version_source"');
    await queryRunner.query('DROP TABLE "article_language_version"');
    await queryRunner.query('DROP TYPE "public"."language_variant"');
  }
}
