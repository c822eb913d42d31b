import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTeams1796161000000 implements MigrationInterface {
  name = 'AddTeams1796161000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "team" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT \'\', "agencyId" uuid, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_team_name" ON "team" ("name") ');
    await queryRunner.query('CREATE INDEX "IDX_team_agency" ON "team" ("agencyId") ');
    await queryRunner.query(
      'CREATE TABLE "team_member" ("teamId" uuid NOT NULL, "userId" uuid NOT NULL, "addedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bd2b3ef7569d75642e091853771" PRIMARY KEY ("teamId", "userId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_team_member_user" ON "team_member" ("userId") ');
    await queryRunner.query('ALTER TABLE "article" ADD "ownerTeamId" uuid');
    await queryRunner.query('ALTER TABLE "directory_entry" ADD "ownerTeamId" uuid');
    await queryRunner.query('CREATE INDEX "IDX_article_owner_team" ON "article" ("ownerTeamId") ');
    await queryRunner.query('CREATE INDEX "IDX_directory_entry_owner_team" ON "directory_entry" ("ownerTeamId") ');
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "CHK_article_one_owner" CHECK ("ownerId" IS NULL OR "ownerTeamId" IS NULL)',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "CHK_directory_entry_one_owner" CHECK ("ownerId" IS NULL OR "ownerTeamId" IS NULL)',
    );
    await queryRunner.query(
      'ALTER TABLE "team" ADD CONSTRAINT "FK_eee7f3187a9e207b8a8e35326f7" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "FK_fef32a479cc1f722c822ba4780e" FOREIGN KEY ("ownerTeamId") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "FK_49993d10dc65b75acc316572b33" FOREIGN KEY ("ownerTeamId") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_member" ADD CONSTRAINT "FK_74da8f612921485e1005dc8e225" FOREIGN KEY ("teamId") REFERENCES "team"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team_member" ADD CONSTRAINT "FK_d2be3e8fc9ab0f69673721c7fc3" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "team_member" DROP CONSTRAINT "FK_d2be3e8fc9ab0f69673721c7fc3"');
    await queryRunner.query('ALTER TABLE "team_member" DROP CONSTRAINT "FK_74da8f612921485e1005dc8e225"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "FK_49993d10dc65b75acc316572b33"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "FK_fef32a479cc1f722c822ba4780e"');
    await queryRunner.query('ALTER TABLE "team" DROP CONSTRAINT "FK_eee7f3187a9e207b8a8e35326f7"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "CHK_directory_entry_one_owner"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "CHK_article_one_owner"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_entry_owner_team"');
    await queryRunner.query('DROP INDEX "public"."IDX_article_owner_team"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP COLUMN "ownerTeamId"');
    await queryRunner.query('ALTER TABLE "article" DROP COLUMN "ownerTeamId"');
    await queryRunner.query('DROP INDEX "public"."IDX_team_member_user"');
    await queryRunner.query('DROP TABLE "team_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_team_agency"');
    await queryRunner.query('DROP INDEX "public"."UQ_team_name"');
    await queryRunner.query('DROP TABLE "team"');
  }
}
