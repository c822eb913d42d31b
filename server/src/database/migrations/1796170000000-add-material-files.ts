import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files of MATERIAL articles: metadata in material_file, bytes (bytea) in material_file_content. */
export class AddMaterialFiles1796170000000 implements MigrationInterface {
  name = 'AddMaterialFiles1796170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"material_licence\" AS ENUM('CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0', 'ALL_RIGHTS_RESERVED', 'INTERNAL_USE_ONLY', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"material_easy_language\" AS ENUM('NONE', 'LEICHTE_SPRACHE', 'EINFACHE_SPRACHE')",
    );
    await queryRunner.query(
      'CREATE TABLE "material_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "articleId" uuid NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "title" character varying(200) NOT NULL, "fileName" character varying(200) NOT NULL, "mediaType" character varying(100) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" character(64) NOT NULL, "language" character varying(12) NOT NULL, "licence" "public"."material_licence" NOT NULL, "licenceNote" character varying(300), "easyLanguage" "public"."material_easy_language" NOT NULL DEFAULT \'NONE\', "uploadedById" uuid, "uploadedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7fd5c0c66effa085d0cd03c2c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_material_file_language" ON "material_file" ("language", "easyLanguage") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_material_file_article" ON "material_file" ("articleId", "position") ');
    await queryRunner.query(
      'CREATE TABLE "material_file_content" ("fileId" uuid NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_d9713abdc82694e3cd7d5591646" PRIMARY KEY ("fileId"))',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file" ADD CONSTRAINT "FK_d415463e81547b1fa04a6a16a81" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file" ADD CONSTRAINT "FK_9320109adae9dcb11245e41fb24" FOREIGN KEY ("uploadedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "material_file_content" ADD CONSTRAINT "FK_d9713abdc82694e3cd7d5591646" FOREIGN KEY ("fileId") REFERENCES "material_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "material_file_content" DROP CONSTRAINT "FK_d9713abdc82694e3cd7d5591646"');
    await queryRunner.query('ALTER TABLE "material_file" DROP CONSTRAINT "FK_9320109adae9dcb11245e41fb24"');
    await queryRunner.query('ALTER TABLE "material_file" DROP CONSTRAINT "FK_d415463e81547b1fa04a6a16a81"');
    await queryRunner.query('DROP TABLE "material_file_content"');
    await queryRunner.query('DROP INDEX "public"."IDX_material_file_article"');
    await queryRunner.query('DROP INDEX "public"."IDX_material_file_language"');
    await queryRunner.query('DROP TABLE "material_file"');
    await queryRunner.query('DROP TYPE "public"."material_easy_language"');
    await queryRunner.query('DROP TYPE "public"."material_licence"');
  }
}
