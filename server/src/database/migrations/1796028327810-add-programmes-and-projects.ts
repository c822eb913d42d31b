import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgrammesAndProjects1796028327810 implements MigrationInterface {
  name = 'AddProgrammesAndProjects1796028327810';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "description" text NOT NULL DEFAULT \'\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_programme_slug" ON "programme" ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "programme_agency" ("programmeId" uuid NOT NULL, "agencyId" uuid NOT NULL, CONSTRAINT "PK_53b0ebe659e16c1631382dde874" PRIMARY KEY ("programmeId", "agencyId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_programme_agency_agency" ON "programme_agency" ("agencyId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_event_kind\" AS ENUM('KICK_OFF', 'SEMINAR', 'FINAL_EVENT', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "programme_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programmeId" uuid NOT NULL, "kind" "public"."programme_event_kind" NOT NULL, "title" character varying(200) NOT NULL, "startsOn" date NOT NULL, "endsOn" date, "place" character varying(200) NOT NULL DEFAULT \'\', "notes" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_1ee154de55971cd63014a797b4e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_programme_event_programme" ON "programme_event" ("programmeId", "startsOn") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "slug" character varying(120) NOT NULL, "archived" boolean NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68f2f25755ffffb7f7b653f0c7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_project_topic_name" ON "project_topic" ("name") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_project_topic_slug" ON "project_topic" ("slug") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"project_status\" AS ENUM('IDEA', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'PAUSED', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "agencyId" uuid NOT NULL, "programmeId" uuid, "topicId" uuid, "problemStatement" text NOT NULL DEFAULT \'\', "goals" text NOT NULL DEFAULT \'\', "outcomes" text NOT NULL DEFAULT \'\', "lessonsLearned" text NOT NULL DEFAULT \'\', "body" jsonb NOT NULL, "bodySchemaVersion" integer NOT NULL DEFAULT \'1\', "bodyHtml" text NOT NULL DEFAULT \'\', "bodyText" text NOT NULL DEFAULT \'\', "status" "public"."project_status" NOT NULL DEFAULT \'IDEA\', "completedAt" TIMESTAMP WITH TIME ZONE, "visibility" "public"."visibility" NOT NULL DEFAULT \'INTERNAL\', "publishedAt" TIMESTAMP WITH TIME ZONE, "publishedById" uuid, "version" integer NOT NULL DEFAULT \'1\', "createdById" uuid, "updatedById" uuid, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_project_slug" ON "project" ("slug") ');
    await queryRunner.query('CREATE INDEX "IDX_project_agency" ON "project" ("agencyId") ');
    await queryRunner.query('CREATE INDEX "IDX_project_programme" ON "project" ("programmeId") ');
    await queryRunner.query('CREATE INDEX "IDX_project_topic" ON "project" ("topicId") ');
    await queryRunner.query('CREATE INDEX "IDX_project_published" ON "project" ("publishedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_project_updated" ON "project" ("updatedAt", "id") ');
    await queryRunner.query('CREATE TYPE "public"."project_article_link_kind" AS ENUM(\'OUTCOME\', \'REFERENCE\')');
    await queryRunner.query(
      'CREATE TABLE "project_article_link" ("projectId" uuid NOT NULL, "articleId" uuid NOT NULL, "kind" "public"."project_article_link_kind" NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22d23c6be798430ff2ed9ed436d" PRIMARY KEY ("projectId", "articleId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_project_article_link_article" ON "project_article_link" ("articleId") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"change_proposal_status\" AS ENUM('PENDING', 'ACCEPTED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "project_change_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "proposedById" uuid, "changes" jsonb NOT NULL, "message" text NOT NULL DEFAULT \'\', "baseVersion" integer NOT NULL, "status" "public"."change_proposal_status" NOT NULL DEFAULT \'PENDING\', "decidedById" uuid, "decidedAt" TIMESTAMP WITH TIME ZONE, "decisionNote" text NOT NULL DEFAULT \'\', "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7dad4338b3d4ef0e78f7ef1e903" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_project_change_proposal_project" ON "project_change_proposal" ("projectId", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_inspiration" ("projectId" uuid NOT NULL, "inspiredById" uuid NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_project_inspiration_other" CHECK ("projectId" <> "inspiredById"), CONSTRAINT "PK_82d2b22b8c85afd5f367c0916a1" PRIMARY KEY ("projectId", "inspiredById"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_project_inspiration_source" ON "project_inspiration" ("inspiredById") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"project_member_function\" AS ENUM('IKB', 'BCA', 'MIGRATION_OFFICER', 'MANAGEMENT', 'COACH', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "project_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "userId" uuid, "externalName" character varying(200), "externalRole" character varying(200) NOT NULL DEFAULT \'\', "function" "public"."project_member_function" NOT NULL DEFAULT \'OTHER\', "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_project_member_person" CHECK ("userId" IS NOT NULL OR "externalName" IS NOT NULL), CONSTRAINT "PK_64dba8e9dcf96ce383cfd19d6fb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_project_member_project" ON "project_member" ("projectId") ');
    await queryRunner.query('CREATE INDEX "IDX_project_member_user" ON "project_member" ("userId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_project_member_user" ON "project_member" ("projectId", "userId") WHERE "userId" IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"project_milestone_kind\" AS ENUM('COACHING', 'SEMINAR_PRESENTATION', 'FINAL_PRESENTATION', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "project_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "kind" "public"."project_milestone_kind" NOT NULL, "title" character varying(200) NOT NULL, "date" date NOT NULL, "done" boolean NOT NULL DEFAULT false, "notes" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_7a9da5fbeade8826432de525d1a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_project_milestone_project" ON "project_milestone" ("projectId", "date") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "fromStatus" "public"."project_status", "toStatus" "public"."project_status" NOT NULL, "changedById" uuid, "changedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "note" text NOT NULL DEFAULT \'\', CONSTRAINT "PK_ccdff3f7ffb7251761b6cc29ef0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_project_status_change_project" ON "project_status_change" ("projectId", "changedAt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_agency" ADD CONSTRAINT "FK_9300b9ae5b02dea5863f58bdca4" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_agency" ADD CONSTRAINT "FK_f1b213804913ea989b85d48f612" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_event" ADD CONSTRAINT "FK_07d4a089506cb71c1e7e8a0b26a" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_abed9e4f13bb4f92094f23be890" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_9d8477fe02a2b58c0652f0821af" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_02a891e973fcbc82a7557401033" FOREIGN KEY ("topicId") REFERENCES "project_topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_299a17288f7c380e729da12c2b7" FOREIGN KEY ("publishedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_678acfe7017fe8a25fe7cae5f18" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_dfdad0cd83b31ccb2204f3dc688" FOREIGN KEY ("updatedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_article_link" ADD CONSTRAINT "FK_24df50e10a9660d34f3ebe3a62b" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_article_link" ADD CONSTRAINT "FK_84401542f6b55009d2d6689b14c" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_change_proposal" ADD CONSTRAINT "FK_d3eca5d7a9b9f86c2d8fe2e1c52" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_change_proposal" ADD CONSTRAINT "FK_7ee3fe0e6af69f47d4e206fbbc4" FOREIGN KEY ("proposedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_change_proposal" ADD CONSTRAINT "FK_3d539f90e2025e79fba98a58cf0" FOREIGN KEY ("decidedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_inspiration" ADD CONSTRAINT "FK_ee248285cdc8c66ba30ac8585e2" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_inspiration" ADD CONSTRAINT "FK_63087594538b688cd597d1d757f" FOREIGN KEY ("inspiredById") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_member" ADD CONSTRAINT "FK_7115f82a61e31ac95b2681d83e4" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_member" ADD CONSTRAINT "FK_e7520163dafa7c1104fd672caad" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_milestone" ADD CONSTRAINT "FK_f7accb0136106f3050f8e96c5e8" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_status_change" ADD CONSTRAINT "FK_b31b2ccda7d6b3837ba587ddb1d" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_status_change" ADD CONSTRAINT "FK_5dbff5042770bce4c0cd288273f" FOREIGN KEY ("changedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "project_status_change" DROP CONSTRAINT "FK_5dbff5042770bce4c0cd288273f"');
    await queryRunner.query('ALTER TABLE "project_status_change" DROP CONSTRAINT "FK_b31b2ccda7d6b3837ba587ddb1d"');
    await queryRunner.query('ALTER TABLE "project_milestone" DROP CONSTRAINT "FK_f7accb0136106f3050f8e96c5e8"');
    await queryRunner.query('ALTER TABLE "project_member" DROP CONSTRAINT "FK_e7520163dafa7c1104fd672caad"');
    await queryRunner.query('ALTER TABLE "project_member" DROP CONSTRAINT "FK_7115f82a61e31ac95b2681d83e4"');
    await queryRunner.query('ALTER TABLE "project_inspiration" DROP CONSTRAINT "FK_63087594538b688cd597d1d757f"');
    await queryRunner.query('ALTER TABLE "project_inspiration" DROP CONSTRAINT "FK_ee248285cdc8c66ba30ac8585e2"');
    await queryRunner.query('ALTER TABLE "project_change_proposal" DROP CONSTRAINT "FK_3d539f90e2025e79fba98a58cf0"');
    await queryRunner.query('ALTER TABLE "project_change_proposal" DROP CONSTRAINT "FK_7ee3fe0e6af69f47d4e206fbbc4"');
    await queryRunner.query('ALTER TABLE "project_change_proposal" DROP CONSTRAINT "FK_d3eca5d7a9b9f86c2d8fe2e1c52"');
    await queryRunner.query('ALTER TABLE "project_article_link" DROP CONSTRAINT "FK_84401542f6b55009d2d6689b14c"');
    await queryRunner.query('ALTER TABLE "project_article_link" DROP CONSTRAINT "FK_24df50e10a9660d34f3ebe3a62b"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_dfdad0cd83b31ccb2204f3dc688"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_678acfe7017fe8a25fe7cae5f18"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_299a17288f7c380e729da12c2b7"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_02a891e973fcbc82a7557401033"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_9d8477fe02a2b58c0652f0821af"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_abed9e4f13bb4f92094f23be890"');
    await queryRunner.query('ALTER TABLE "programme_event" DROP CONSTRAINT "FK_07d4a089506cb71c1e7e8a0b26a"');
    await queryRunner.query('ALTER TABLE "programme_agency" DROP CONSTRAINT "FK_f1b213804913ea989b85d48f612"');
    await queryRunner.query('ALTER TABLE "programme_agency" DROP CONSTRAINT "FK_9300b9ae5b02dea5863f58bdca4"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_status_change_project"');
    await queryRunner.query('DROP TABLE "project_status_change"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_milestone_project"');
    await queryRunner.query('DROP TABLE "project_milestone"');
    await queryRunner.query('DROP TYPE "public"."project_milestone_kind"');
    await queryRunner.query('DROP INDEX "public"."UQ_project_member_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_member_user"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_member_project"');
    await queryRunner.query('DROP TABLE "project_member"');
    await queryRunner.query('DROP TYPE "public"."project_member_function"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_inspiration_source"');
    await queryRunner.query('DROP TABLE "project_inspiration"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_change_proposal_project"');
    await queryRunner.query('DROP TABLE "project_change_proposal"');
    await queryRunner.query('DROP TYPE "public"."change_proposal_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_article_link_article"');
    await queryRunner.query('DROP TABLE "project_article_link"');
    await queryRunner.query('DROP TYPE "public"."project_article_link_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_updated"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_published"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_topic"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_programme"');
    await queryRunner.query('DROP INDEX "public"."IDX_project_agency"');
    await queryRunner.query('DROP INDEX "public"."UQ_project_slug"');
    await queryRunner.query('DROP TABLE "project"');
    await queryRunner.query('DROP TYPE "public"."project_status"');
    await queryRunner.query('DROP INDEX "public"."UQ_project_topic_slug"');
    await queryRunner.query('DROP INDEX "public"."UQ_project_topic_name"');
    await queryRunner.query('DROP TABLE "project_topic"');
    await queryRunner.query('DROP INDEX "public"."IDX_programme_event_programme"');
    await queryRunner.query('DROP TABLE "programme_event"');
    await queryRunner.query('DROP TYPE "public"."programme_event_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_programme_agency_agency"');
    await queryRunner.query('DROP TABLE "programme_agency"');
    await queryRunner.query('DROP INDEX "public"."UQ_programme_slug"');
    await queryRunner.query('DROP TABLE "programme"');
  }
}
