-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Nation" AS ENUM ('england', 'wales', 'scotland', 'northern-ireland', 'outside-uk');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('analyst', 'supervisor', 'admin', 'press');

-- CreateEnum
CREATE TYPE "ReportSource" AS ENUM ('public-form', 'partner-api', 'import', 'analyst', 'demo');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('phone-call', 'automated-call', 'voicemail', 'sms', 'email', 'social-media', 'website', 'in-person', 'unknown');

-- CreateEnum
CREATE TYPE "Script" AS ENUM ('renewal', 'unauthorized-spend', 'refund-overpayment', 'account-security', 'delivery', 'other', 'unknown');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('new', 'triaged', 'closed', 'spam', 'duplicate');

-- CreateEnum
CREATE TYPE "IdentifierKind" AS ENUM ('phone', 'email', 'url', 'domain', 'other');

-- CreateEnum
CREATE TYPE "AdvisoryStatus" AS ENUM ('draft', 'in-review', 'approved', 'published', 'withdrawn');

-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_cy" TEXT,
    "nation" "Nation" NOT NULL,
    "ons_code" TEXT,
    "tile_x" INTEGER NOT NULL,
    "tile_y" INTEGER NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "occurred_at" TIMESTAMPTZ(3),
    "source" "ReportSource" NOT NULL,
    "channel" "Channel" NOT NULL DEFAULT 'unknown',
    "brand" TEXT,
    "narrative" TEXT,
    "narrative_purged_at" TIMESTAMPTZ(3),
    "region_id" TEXT NOT NULL,
    "postcode_district" TEXT,
    "loss_amount_minor" INTEGER,
    "loss_currency" CHAR(3),
    "payment_method" TEXT,
    "gave" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "age_band" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'new',
    "idempotency_key" TEXT,
    "request_hash" TEXT,
    "external_id" TEXT,
    "script" "Script" NOT NULL DEFAULT 'unknown',
    "tactics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_identifier" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "kind" "IdentifierKind" NOT NULL,
    "raw" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "report_identifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_tagging" (
    "report_id" INTEGER NOT NULL,
    "script" "Script" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "runner_up" "Script",
    "tactics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "channel" "Channel" NOT NULL,
    "brands" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "amounts" JSONB NOT NULL DEFAULT '[]',
    "phones" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "version" TEXT NOT NULL,
    "tagged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_tagging_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "tag_override" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "from_value" JSONB NOT NULL,
    "to_value" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tag_override_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporter_contact" (
    "report_id" INTEGER NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "consent_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporter_contact_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advisory" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "AdvisoryStatus" NOT NULL DEFAULT 'draft',
    "language" VARCHAR(2) NOT NULL DEFAULT 'en',
    "region_id" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "advisory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "key_prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_reference_key" ON "report"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "report_idempotency_key_key" ON "report"("idempotency_key");

-- CreateIndex
CREATE INDEX "report_received_at_idx" ON "report"("received_at");

-- CreateIndex
CREATE INDEX "report_region_id_received_at_idx" ON "report"("region_id", "received_at");

-- CreateIndex
CREATE INDEX "report_script_received_at_idx" ON "report"("script", "received_at");

-- CreateIndex
CREATE INDEX "report_status_received_at_idx" ON "report"("status", "received_at");

-- CreateIndex
CREATE INDEX "report_identifier_kind_normalized_idx" ON "report_identifier"("kind", "normalized");

-- CreateIndex
CREATE INDEX "report_identifier_report_id_idx" ON "report_identifier"("report_id");

-- CreateIndex
CREATE INDEX "report_tagging_version_idx" ON "report_tagging"("version");

-- CreateIndex
CREATE INDEX "tag_override_report_id_created_at_idx" ON "tag_override"("report_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_event_user_id_at_idx" ON "audit_event"("user_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_key_prefix_key" ON "api_client"("key_prefix");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_identifier" ADD CONSTRAINT "report_identifier_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_tagging" ADD CONSTRAINT "report_tagging_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_override" ADD CONSTRAINT "tag_override_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tag_override" ADD CONSTRAINT "tag_override_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporter_contact" ADD CONSTRAINT "reporter_contact_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory" ADD CONSTRAINT "advisory_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

