import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectory1796110000000 implements MigrationInterface {
  name = 'AddDirectory1796110000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"course_type\" AS ENUM('INTEGRATION_GENERAL', 'INTEGRATION_YOUTH', 'INTEGRATION_PARENTS_WOMEN', 'INTEGRATION_LITERACY', 'INTEGRATION_SECOND_SCRIPT', 'INTEGRATION_INTENSIVE', 'JOB_LANGUAGE_BASIC_A2', 'JOB_LANGUAGE_BASIC_B1', 'JOB_LANGUAGE_BASIC_B2', 'JOB_LANGUAGE_BASIC_C1', 'JOB_LANGUAGE_SPECIAL_HEALTH', 'JOB_LANGUAGE_SPECIAL_TRADE_TECH', 'JOB_LANGUAGE_SPECIAL_RETAIL', 'JOB_LANGUAGE_SPECIAL_ACADEMIC', 'OTHER')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"cefr_level\" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2')");
    await queryRunner.query("CREATE TYPE \"public\".\"course_format\" AS ENUM('ON_SITE', 'ONLINE', 'HYBRID')");
    await queryRunner.query("CREATE TYPE \"public\".\"course_schedule\" AS ENUM('FULL_TIME', 'PART_TIME', 'EVENING')");
    await queryRunner.query(
      'CREATE TABLE "directory_course_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entryId" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "type" "public"."course_type" NOT NULL, "cefrLevel" "public"."cefr_level", "format" "public"."course_format" NOT NULL, "schedule" "public"."course_schedule" NOT NULL, "nextStartDate" date, "placesFree" integer, "childcare" boolean NOT NULL DEFAULT false, "locationId" uuid, "approvalNumber" character varying(60) NOT NULL DEFAULT \'\', "note" character varying(500) NOT NULL DEFAULT \'\', CONSTRAINT "PK_def406bc7215c8a806cb74e3f79" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_course_offer_start" ON "directory_course_offer" ("nextStartDate") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_course_offer_facets" ON "directory_course_offer" ("type", "cefrLevel", "entryId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_course_offer_entry" ON "directory_course_offer" ("entryId", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "directory_opening_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entryId" uuid NOT NULL, "weekday" smallint NOT NULL, "opens" TIME, "closes" TIME, "note" character varying(300) NOT NULL DEFAULT \'\', CONSTRAINT "PK_e7781f907609132ee5a41cb5cbc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_opening_hours_entry" ON "directory_opening_hours" ("entryId", "weekday") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"directory_entry_kind\" AS ENUM('COURSE_PROVIDER', 'MIGRANT_ORGANISATION', 'COUNSELLING_SERVICE', 'AUTHORITY', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "directory_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."directory_entry_kind" NOT NULL, "name" character varying(200) NOT NULL, "shortName" character varying(60) NOT NULL DEFAULT \'\', "description" jsonb NOT NULL, "descriptionSchemaVersion" integer NOT NULL DEFAULT \'1\', "descriptionHtml" text NOT NULL DEFAULT \'\', "descriptionText" text NOT NULL DEFAULT \'\', "phone" character varying(60) NOT NULL DEFAULT \'\', "email" character varying(200) NOT NULL DEFAULT \'\', "website" character varying(500) NOT NULL DEFAULT \'\', "languages" text array NOT NULL DEFAULT \'{}\', "targetGroups" text array NOT NULL DEFAULT \'{}\', "accessibilityNotes" text NOT NULL DEFAULT \'\', "tags" text array NOT NULL DEFAULT \'{}\', "openingHoursNote" text NOT NULL DEFAULT \'\', "communities" text array NOT NULL DEFAULT \'{}\', "countriesOfOrigin" text array NOT NULL DEFAULT \'{}\', "topics" text array NOT NULL DEFAULT \'{}\', "cooperationSince" date, "cooperationKind" character varying(300) NOT NULL DEFAULT \'\', "cooperationAgencyContact" character varying(200) NOT NULL DEFAULT \'\', "ownerId" uuid, "agencyId" uuid, "visibility" "public"."visibility" NOT NULL DEFAULT \'INTERNAL\', "externalId" character varying(100), "lastVerifiedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "lastVerifiedById" uuid, "version" integer NOT NULL DEFAULT \'1\', "updatedById" uuid, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f3c0989289c2606c32389bf8502" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_directory_entry_kind" ON "directory_entry" ("kind") ');
    await queryRunner.query('CREATE INDEX "IDX_directory_entry_owner" ON "directory_entry" ("ownerId") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_directory_entry_external_id" ON "directory_entry" ("externalId") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_directory_entry_name" ON "directory_entry" ("name", "id") ');
    await queryRunner.query(
      'CREATE TABLE "directory_address" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entryId" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "label" character varying(200) NOT NULL DEFAULT \'\', "street" character varying(200) NOT NULL, "postalCode" character(5) NOT NULL, "city" character varying(120) NOT NULL, "district" character varying(120) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "coordinatesApproximate" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_347edb5f799e9591ad065d68b8e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_directory_address_district" ON "directory_address" ("district") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_address_location" ON "directory_address" ("latitude", "longitude") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_address_entry" ON "directory_address" ("entryId", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "directory_contact_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entryId" uuid NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(200) NOT NULL DEFAULT \'\', "phone" character varying(60) NOT NULL DEFAULT \'\', "email" character varying(200) NOT NULL DEFAULT \'\', "languages" text array NOT NULL DEFAULT \'{}\', "consentGivenOn" date NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c639aad36599ec051146f26017d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_contact_person_entry" ON "directory_contact_person" ("entryId") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"directory_change_action\" AS ENUM('CREATED', 'UPDATED', 'VERIFIED', 'CONTACT_PERSON_ADDED', 'CONTACT_PERSON_UPDATED', 'CONTACT_PERSON_REMOVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "directory_entry_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entryId" uuid NOT NULL, "action" "public"."directory_change_action" NOT NULL, "version" integer NOT NULL, "changes" jsonb NOT NULL DEFAULT \'[]\', "changedById" uuid, "changedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_522717f3534430d3c6e35311613" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_directory_entry_change_entry" ON "directory_entry_change" ("entryId", "changedAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "directory_verification_interval" ("kind" "public"."directory_entry_kind" NOT NULL, "months" integer NOT NULL, CONSTRAINT "PK_19762c4aca77a351ea8884a4f38" PRIMARY KEY ("kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_course_offer" ADD CONSTRAINT "FK_19202ab1105e67b01ff9e9265f2" FOREIGN KEY ("entryId") REFERENCES "directory_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_course_offer" ADD CONSTRAINT "FK_701a813f477d1af6efc0f7fdedd" FOREIGN KEY ("locationId") REFERENCES "directory_address"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_opening_hours" ADD CONSTRAINT "FK_5d65d2b2afed13206250c38d5a4" FOREIGN KEY ("entryId") REFERENCES "directory_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "FK_5fb535b55d9e3745ce61cf7cad2" FOREIGN KEY ("ownerId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "FK_d53a02b0c1a87b0cdec8d38d1d5" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "FK_1dd38bbae71dd8f9b671ea41daf" FOREIGN KEY ("lastVerifiedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry" ADD CONSTRAINT "FK_05676077fcc5bbef45f4efc5b0c" FOREIGN KEY ("updatedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_address" ADD CONSTRAINT "FK_ee947302f0fcad0f3fa47838ae0" FOREIGN KEY ("entryId") REFERENCES "directory_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_contact_person" ADD CONSTRAINT "FK_b51dce88b569fe96996dd8e130a" FOREIGN KEY ("entryId") REFERENCES "directory_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry_change" ADD CONSTRAINT "FK_ee28342a2561ea89982cf4a68c5" FOREIGN KEY ("entryId") REFERENCES "directory_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "directory_entry_change" ADD CONSTRAINT "FK_d6c4c75a55081eabc1fa20fce59" FOREIGN KEY ("changedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "directory_entry_change" DROP CONSTRAINT "FK_d6c4c75a55081eabc1fa20fce59"');
    await queryRunner.query('ALTER TABLE "directory_entry_change" DROP CONSTRAINT "FK_ee28342a2561ea89982cf4a68c5"');
    await queryRunner.query('ALTER TABLE "directory_contact_person" DROP CONSTRAINT "FK_b51dce88b569fe96996dd8e130a"');
    await queryRunner.query('ALTER TABLE "directory_address" DROP CONSTRAINT "FK_ee947302f0fcad0f3fa47838ae0"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "FK_05676077fcc5bbef45f4efc5b0c"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "FK_1dd38bbae71dd8f9b671ea41daf"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "FK_d53a02b0c1a87b0cdec8d38d1d5"');
    await queryRunner.query('ALTER TABLE "directory_entry" DROP CONSTRAINT "FK_5fb535b55d9e3745ce61cf7cad2"');
    await queryRunner.query('ALTER TABLE "directory_opening_hours" DROP CONSTRAINT "FK_5d65d2b2afed13206250c38d5a4"');
    await queryRunner.query('ALTER TABLE "directory_course_offer" DROP CONSTRAINT "FK_701a813f477d1af6efc0f7fdedd"');
    await queryRunner.query('ALTER TABLE "directory_course_offer" DROP CONSTRAINT "FK_19202ab1105e67b01ff9e9265f2"');
    await queryRunner.query('DROP TABLE "directory_verification_interval"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_entry_change_entry"');
    await queryRunner.query('DROP TABLE "directory_entry_change"');
    await queryRunner.query('DROP TYPE "public"."directory_change_action"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_contact_person_entry"');
    await queryRunner.query('DROP TABLE "directory_contact_person"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_address_entry"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_address_location"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_address_district"');
    await queryRunner.query('DROP TABLE "directory_address"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_entry_name"');
    await queryRunner.query('DROP INDEX "public"."UQ_directory_entry_external_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_entry_owner"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_entry_kind"');
    await queryRunner.query('DROP TABLE "directory_entry"');
    await queryRunner.query('DROP TYPE "public"."directory_entry_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_opening_hours_entry"');
    await queryRunner.query('DROP TABLE "directory_opening_hours"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_course_offer_entry"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_course_offer_facets"');
    await queryRunner.query('DROP INDEX "public"."IDX_directory_course_offer_start"');
    await queryRunner.query('DROP TABLE "directory_course_offer"');
    await queryRunner.query('DROP TYPE "public"."course_schedule"');
    await queryRunner.query('DROP TYPE "public"."course_format"');
    await queryRunner.query('DROP TYPE "public"."cefr_level"');
    await queryRunner.query('DROP TYPE "public"."course_type"');
  }
}
