import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRevisionReadability1796120000000 implements MigrationInterface {
  name = 'AddRevisionReadability1796120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "article_revision" ADD "readability" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "article_revision" DROP COLUMN "readability"');
  }
}
