-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'monitoring', 'closed');

-- AlterTable
ALTER TABLE "report" ADD COLUMN     "duplicate_of_id" INTEGER,
ADD COLUMN     "text_fingerprint" TEXT;

-- AlterTable
ALTER TABLE "advisory" ADD COLUMN     "approved_at" TIMESTAMPTZ(3),
ADD COLUMN     "approved_by_id" UUID,
ADD COLUMN     "embargo_until" TIMESTAMPTZ(3),
ADD COLUMN     "filters" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "published_at" TIMESTAMPTZ(3),
ADD COLUMN     "reference" TEXT NOT NULL,
ADD COLUMN     "scripts" "Script"[] DEFAULT ARRAY[]::"Script"[],
ADD COLUMN     "snapshot" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "snapshot_at" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "surge_alert_id" INTEGER,
ADD COLUMN     "withdrawn_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "advisory_version" (
    "id" SERIAL NOT NULL,
    "advisory_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advisory_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advisory_case" (
    "advisory_id" UUID NOT NULL,
    "case_id" INTEGER NOT NULL,

    CONSTRAINT "advisory_case_pkey" PRIMARY KEY ("advisory_id","case_id")
);

-- CreateTable
CREATE TABLE "case_file" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "owner_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_report" (
    "case_id" INTEGER NOT NULL,
    "report_id" INTEGER NOT NULL,
    "added_by_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_report_pkey" PRIMARY KEY ("case_id","report_id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" SERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    "details" JSONB,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "advisory_version_advisory_id_number_key" ON "advisory_version"("advisory_id", "number");

-- CreateIndex
CREATE INDEX "advisory_case_case_id_idx" ON "advisory_case"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_file_reference_key" ON "case_file"("reference");

-- CreateIndex
CREATE INDEX "case_file_status_updated_at_idx" ON "case_file"("status", "updated_at");

-- CreateIndex
CREATE INDEX "case_file_owner_id_status_idx" ON "case_file"("owner_id", "status");

-- CreateIndex
CREATE INDEX "case_report_report_id_idx" ON "case_report"("report_id");

-- CreateIndex
CREATE INDEX "case_event_case_id_at_idx" ON "case_event"("case_id", "at");

-- CreateIndex
CREATE INDEX "report_text_fingerprint_idx" ON "report"("text_fingerprint");

-- CreateIndex
CREATE INDEX "report_loss_amount_minor_idx" ON "report"("loss_amount_minor");

-- CreateIndex
CREATE UNIQUE INDEX "advisory_reference_key" ON "advisory"("reference");

-- CreateIndex
CREATE INDEX "advisory_status_published_at_idx" ON "advisory"("status", "published_at");

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_duplicate_of_id_fkey" FOREIGN KEY ("duplicate_of_id") REFERENCES "report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory" ADD CONSTRAINT "advisory_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory" ADD CONSTRAINT "advisory_surge_alert_id_fkey" FOREIGN KEY ("surge_alert_id") REFERENCES "surge_alert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory" ADD CONSTRAINT "advisory_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory_version" ADD CONSTRAINT "advisory_version_advisory_id_fkey" FOREIGN KEY ("advisory_id") REFERENCES "advisory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory_version" ADD CONSTRAINT "advisory_version_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory_case" ADD CONSTRAINT "advisory_case_advisory_id_fkey" FOREIGN KEY ("advisory_id") REFERENCES "advisory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisory_case" ADD CONSTRAINT "advisory_case_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_report" ADD CONSTRAINT "case_report_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_report" ADD CONSTRAINT "case_report_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_report" ADD CONSTRAINT "case_report_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Full-text search over narratives for /reports (ranked with ts_rank). An expression index,
-- which schema.prisma cannot describe: listed in schema-drift.test.ts EXTRA_INDEXES.
CREATE INDEX "report_narrative_fts_idx" ON "report" USING GIN (to_tsvector('english', coalesce("narrative", '')));
