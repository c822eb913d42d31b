import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProjectDocument1796143000000 implements MigrationInterface {
  name = 'AddProjectDocument1796143000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "project_document" ("projectId" uuid NOT NULL, "state" bytea NOT NULL, "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0111791887eba61037378e333c8" PRIMARY KEY ("projectId"))',
    );
    await queryRunner.query(
      'ALTER TABLE "project_document" ADD CONSTRAINT "FK_0111791887eba61037378e333c8" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "project_document" DROP CONSTRAINT "FK_0111791887eba61037378e333c8"');
    await queryRunner.query('DROP TABLE "project_document"');
  }
}
