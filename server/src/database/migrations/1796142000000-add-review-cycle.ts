import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReviewCycle1796142000000 implements MigrationInterface {
  name = 'AddReviewCycle1796142000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."notification_kind" AS ENUM(\'ARTICLE_REVIEW_DUE\')');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipientId" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL DEFAULT \'\', "link" character varying(500) NOT NULL, "dedupeKey" character varying(200) NOT NULL, "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "readAt" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notification_recipient" ON "notification" ("recipientId", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_notification_dedupe" ON "notification" ("recipientId", "dedupeKey") ',
    );
    await queryRunner.query(
      'CREATE TABLE "article_review" ("articleId" uuid NOT NULL, "lastVerifiedAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "lastVerifiedById" uuid, CONSTRAINT "PK_95e2ac095fc3b0123ed03f04849" PRIMARY KEY ("articleId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "review_digest" ("userId" uuid NOT NULL, "sentAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_235ffa76ba112ebf3dc5b35caa0" PRIMARY KEY ("userId"))',
    );
    await queryRunner.query('ALTER TABLE "category" ADD "reviewIntervalMonths" integer');
    // Published articles start as verified at their last update (the last published change).
    await queryRunner.query(
      'INSERT INTO "article_review" ("articleId", "lastVerifiedAt") SELECT "id", "updatedAt" FROM "article" WHERE "status" = \'PUBLISHED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_ab7cbe7a013ecac5da0a8f88884" FOREIGN KEY ("recipientId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_review" ADD CONSTRAINT "FK_95e2ac095fc3b0123ed03f04849" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "article_review" ADD CONSTRAINT "FK_feeaa7e747101dcbc480a1d81c0" FOREIGN KEY ("lastVerifiedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review_digest" ADD CONSTRAINT "FK_235ffa76ba112ebf3dc5b35caa0" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "review_digest" DROP CONSTRAINT "FK_235ffa76ba112ebf3dc5b35caa0"');
    await queryRunner.query('ALTER TABLE "article_review" DROP CONSTRAINT "FK_feeaa7e747101dcbc480a1d81c0"');
    await queryRunner.query('ALTER TABLE "article_review" DROP CONSTRAINT "FK_95e2ac095fc3b0123ed03f04849"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_ab7cbe7a013ecac5da0a8f88884"');
    await queryRunner.query('ALTER TABLE "category" DROP COLUMN "reviewIntervalMonths"');
    await queryRunner.query('DROP TABLE "review_digest"');
    await queryRunner.query('DROP TABLE "article_review"');
    await queryRunner.query('DROP INDEX "public"."UQ_notification_dedupe"');
    await queryRunner.query('DROP INDEX "public"."IDX_notification_recipient"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
  }
}
