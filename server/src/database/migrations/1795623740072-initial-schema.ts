import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then edited: TypeORM emits shared enum types (article_status, visibility) twice.
export class InitialSchema1795623740072 implements MigrationInterface {
  name = 'InitialSchema1795623740072';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Search needs trigram similarity and accent folding.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"agency_kind\" AS ENUM('AGENTUR_FUER_ARBEIT', 'JOBCENTER', 'REGIONALDIREKTION', 'EXTERNAL')",
    );
    await queryRunner.query(
      'CREATE TABLE "agency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" "public"."agency_kind" NOT NULL, "region" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_30e185b1233a7b5a3faedd4524e" UNIQUE ("name"), CONSTRAINT "PK_ab1244724d1c216e9720635a2e5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('READER', 'EDITOR', 'ADMIN')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_function\" AS ENUM('IKB', 'BCA', 'MIGRATION_OFFICER', 'MANAGEMENT', 'COACH')",
    );
    await queryRunner.query(
      'CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "displayName" character varying(120) NOT NULL, "passwordHash" text NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT \'READER\', "functions" "public"."user_function" array NOT NULL DEFAULT \'{}\', "agencyId" uuid, "active" boolean NOT NULL DEFAULT true, "lastLoginAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_user_account_email" ON "user_account" ("email") ');
    await queryRunner.query(
      'CREATE TABLE "category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parentId" uuid, "position" integer NOT NULL DEFAULT \'0\', "slug" character varying(100) NOT NULL, "name" character varying(150) NOT NULL, "description" text NOT NULL DEFAULT \'\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_category_parent" ON "category" ("parentId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_category_slug" ON "category" ("slug") ');
    await queryRunner.query("CREATE TYPE \"public\".\"article_status\" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')");
    await queryRunner.query('CREATE TYPE "public"."visibility" AS ENUM(\'INTERNAL\', \'PUBLIC\')');
    await queryRunner.query(
      'CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT \'\', "categoryId" uuid, "tags" text array NOT NULL DEFAULT \'{}\', "body" jsonb NOT NULL, "bodySchemaVersion" integer NOT NULL DEFAULT \'1\', "bodyHtml" text NOT NULL DEFAULT \'\', "bodyText" text NOT NULL DEFAULT \'\', "language" character varying(12) NOT NULL DEFAULT \'de\', "status" "public"."article_status" NOT NULL DEFAULT \'DRAFT\', "visibility" "public"."visibility" NOT NULL DEFAULT \'INTERNAL\', "ownerId" uuid, "createdById" uuid, "updatedById" uuid, "revisionNumber" integer NOT NULL DEFAULT \'0\', "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "publishedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_article_slug" ON "article" ("slug") ');
    await queryRunner.query('CREATE INDEX "IDX_article_category" ON "article" ("categoryId") ');
    await queryRunner.query('CREATE INDEX "IDX_article_updated" ON "article" ("updatedAt", "id") ');
    await queryRunner.query(
      'CREATE TABLE "article_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "articleId" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "categoryId" uuid, "tags" text array NOT NULL DEFAULT \'{}\', "body" jsonb NOT NULL, "bodySchemaVersion" integer NOT NULL DEFAULT \'1\', "bodyHtml" text NOT NULL, "language" character varying(12) NOT NULL, "status" "public"."article_status" NOT NULL, "visibility" "public"."visibility" NOT NULL, "authorId" uuid, "restoredFromNumber" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ba7e2fe48e891064c6d4b4ef20" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_article_revision_number" ON "article_revision" ("articleId", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tokenHash" character varying(64) NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "userAgent" character varying(300), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session" ("tokenHash") ');
    await queryRunner.query('CREATE INDEX "IDX_user_session_user" ON "user_session" ("userId") ');
    await queryRunner.query(
      'ALTER TABLE "user_account" ADD CONSTRAINT "FK_56295d5183e8ce25d395577fe18" FOREIGN KEY ("agencyId") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "category" ADD CONSTRAINT "FK_d5456fd7e4c4866fec8ada1fa10" FOREIGN KEY ("parentId") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "FK_12824e4598ee46a0992d99ba553" FOREIGN KEY ("categoryId") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "FK_9c7bd5faae7271b4f09dc64a165" FOREIGN KEY ("ownerId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "FK_6672400e5028d0b15bd23f4cd5d" FOREIGN KEY ("createdById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article" ADD CONSTRAINT "FK_c6ae1a67ee0dce0465a231e4bf1" FOREIGN KEY ("updatedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_revision" ADD CONSTRAINT "FK_39812c68ea9557fc09d647743ae" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_revision" ADD CONSTRAINT "FK_01d05e3e4a959c775a498b1d7bb" FOREIGN KEY ("authorId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "FK_b5eb7aa08382591e7c2d1244fe5" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_session" DROP CONSTRAINT "FK_b5eb7aa08382591e7c2d1244fe5"');
    await queryRunner.query('ALTER TABLE "article_revision" DROP CONSTRAINT "FK_01d05e3e4a959c775a498b1d7bb"');
    await queryRunner.query('ALTER TABLE "article_revision" DROP CONSTRAINT "FK_39812c68ea9557fc09d647743ae"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "FK_c6ae1a67ee0dce0465a231e4bf1"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "FK_6672400e5028d0b15bd23f4cd5d"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "FK_9c7bd5faae7271b4f09dc64a165"');
    await queryRunner.query('ALTER TABLE "article" DROP CONSTRAINT "FK_12824e4598ee46a0992d99ba553"');
    await queryRunner.query('ALTER TABLE "category" DROP CONSTRAINT "FK_d5456fd7e4c4866fec8ada1fa10"');
    await queryRunner.query('ALTER TABLE "user_account" DROP CONSTRAINT "FK_56295d5183e8ce25d395577fe18"');
    await queryRunner.query('DROP INDEX "public"."IDX_user_session_user"');
    await queryRunner.query('DROP INDEX "public"."UQ_user_session_token_hash"');
    await queryRunner.query('DROP TABLE "user_session"');
    await queryRunner.query('DROP INDEX "public"."UQ_article_revision_number"');
    await queryRunner.query('DROP TABLE "article_revision"');
    await queryRunner.query('DROP TYPE "public"."visibility"');
    await queryRunner.query('DROP TYPE "public"."article_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_article_updated"');
    await queryRunner.query('DROP INDEX "public"."IDX_article_category"');
    await queryRunner.query('DROP INDEX "public"."UQ_article_slug"');
    await queryRunner.query('DROP TABLE "article"');
    await queryRunner.query('DROP INDEX "public"."UQ_category_slug"');
    await queryRunner.query('DROP INDEX "public"."IDX_category_parent"');
    await queryRunner.query('DROP TABLE "category"');
    await queryRunner.query('DROP INDEX "public"."UQ_user_account_email"');
    await queryRunner.query('DROP TABLE "user_account"');
    await queryRunner.query('DROP TYPE "public"."user_function"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP TABLE "agency"');
    await queryRunner.query('DROP TYPE "public"."agency_kind"');
  }
}
