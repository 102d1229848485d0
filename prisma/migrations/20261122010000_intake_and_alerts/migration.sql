-- CreateTable
CREATE TABLE "rate_limit_bucket" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_bucket_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateTable
CREATE TABLE "used_challenge" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "used_challenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_run" (
    "id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "started_by_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL DEFAULT 'running',
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_imported" INTEGER NOT NULL DEFAULT 0,
    "rows_skipped" INTEGER NOT NULL DEFAULT 0,
    "rows_failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "import_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "surge_alert" (
    "id" SERIAL NOT NULL,
    "region_id" TEXT NOT NULL,
    "script" "Script" NOT NULL,
    "level" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "observed" INTEGER NOT NULL,
    "expected" DOUBLE PRECISION NOT NULL,
    "p_value" DOUBLE PRECISION NOT NULL,
    "statistic" DOUBLE PRECISION NOT NULL,
    "baseline_mean" DOUBLE PRECISION NOT NULL,
    "baseline_sd" DOUBLE PRECISION NOT NULL,
    "recent" JSONB NOT NULL DEFAULT '[]',
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "surge_alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rate_limit_bucket_window_start_idx" ON "rate_limit_bucket"("window_start");

-- CreateIndex
CREATE INDEX "used_challenge_expires_at_idx" ON "used_challenge"("expires_at");

-- CreateIndex
CREATE INDEX "import_run_started_at_idx" ON "import_run"("started_at");

-- CreateIndex
CREATE INDEX "surge_alert_date_idx" ON "surge_alert"("date");

-- CreateIndex
CREATE UNIQUE INDEX "surge_alert_region_id_script_date_key" ON "surge_alert"("region_id", "script", "date");

