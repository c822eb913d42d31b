import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSearchOutbox1795626925507 implements MigrationInterface {
  name = 'AddSearchOutbox1795626925507';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "entityKind" character varying(32) NOT NULL, "entityId" uuid NOT NULL, "enqueuedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT \'0\', "nextAttemptAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "lastError" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_search_outbox_due" ON "search_outbox" ("nextAttemptAt", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_search_outbox_due"');
    await queryRunner.query('DROP TABLE "search_outbox"');
  }
}
