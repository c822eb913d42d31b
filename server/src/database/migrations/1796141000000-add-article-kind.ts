import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddArticleKind1796141000000 implements MigrationInterface {
  name = 'AddArticleKind1796141000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."article_kind" AS ENUM('PROCESS', 'GUIDE', 'FAQ', 'MATERIAL', 'NOTE')`,
    );
    await queryRunner.query(`ALTER TABLE "article" ADD "kind" "public"."article_kind" NOT NULL DEFAULT 'GUIDE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TYPE "public"."article_kind"`);
  }
}
