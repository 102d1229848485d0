-- CreateTable
CREATE TABLE "report_stat" (
    "report_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "region_id" TEXT NOT NULL,
    "script" "Script" NOT NULL,
    "channel" "Channel" NOT NULL,
    "brand_key" TEXT,
    "tactic_mask" INTEGER NOT NULL,
    "lost" BOOLEAN NOT NULL,
    "loss_gbp" INTEGER NOT NULL,
    "loss_other" BOOLEAN NOT NULL,

    CONSTRAINT "report_stat_pkey" PRIMARY KEY ("report_id")
);

-- CreateTable
CREATE TABLE "report_stat_daily" (
    "area" TEXT NOT NULL,
    "facet" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "script" TEXT NOT NULL,
    "lost" BOOLEAN NOT NULL,
    "reports" INTEGER NOT NULL,
    "loss_gbp" BIGINT NOT NULL,
    "loss_other" INTEGER NOT NULL,
    "channel_counts" INTEGER[],
    "tactic_counts" INTEGER[],

    CONSTRAINT "report_stat_daily_pkey" PRIMARY KEY ("area","facet","day","script","lost")
);

-- CreateTable
CREATE TABLE "report_stat_state" (
    "id" INTEGER NOT NULL,
    "rolled_up_to" DATE,

    CONSTRAINT "report_stat_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "report_stat_day_idx" ON "report_stat"("day");

-- CreateIndex
CREATE INDEX "report_stat_region_id_day_idx" ON "report_stat"("region_id", "day");

-- CreateIndex
CREATE INDEX "report_stat_brand_key_day_idx" ON "report_stat"("brand_key", "day");

-- CreateIndex
CREATE INDEX "report_stat_channel_day_idx" ON "report_stat"("channel", "day");

-- ---------------------------------------------------------------------------------------------
-- Hand-written below: how report_stat and report_stat_daily are kept exact. See
-- docs/decisions/005-dashboard-aggregates.md. Statement-level triggers with transition tables,
-- so a 2,000-report batch costs a few statements, not 2,000 trigger calls.
-- Statistics never count spam or duplicate reports: they are not in report_stat at all.
-- report_stat_daily covers the days before report_stat_state.rolled_up_to; triggers keep those
-- days exact, and queries read later days (normally only today) from report_stat. Inserting
-- new reports for recent days therefore costs only the narrow report_stat row.
-- ---------------------------------------------------------------------------------------------

-- TACTICS in lib/tagging/labels.ts order: bit i of report_stat.tactic_mask and element i+1 of
-- report_stat_daily.tactic_counts. Append new tactics at the end (a test compares the lists).
CREATE FUNCTION stat_tactic_labels() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['remote-access', 'gift-cards', 'otp-request', 'card-details', 'credentials', 'bank-transfer',
               'crypto', 'press-1', 'callback-number', 'phishing-link', 'spoofed-caller-id', 'threat']::text[]
$$;

-- The tactic bits set in a mask, for the GIN index that finds reports with any of some tactics.
-- Self-contained: PostgreSQL 17+ builds indexes with a search_path that would not find the
-- other functions here.
CREATE FUNCTION stat_tactic_bits(mask integer) RETURNS smallint[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(i::smallint ORDER BY i), '{}') FROM generate_series(0, 30) AS i WHERE mask & (1 << i) <> 0
$$;

CREATE FUNCTION stat_tactic_mask(tactics text[]) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(bit_or(1 << (p - 1)), 0)::integer
  FROM unnest(tactics) AS t, array_position(stat_tactic_labels(), t) AS p
  WHERE p IS NOT NULL
$$;

-- The one definition of what a report contributes to the statistics (no row: not counted).
CREATE FUNCTION report_stat_row(r report) RETURNS TABLE (
  report_id integer, day date, region_id text, script "Script", channel "Channel", brand_key text,
  tactic_mask integer, lost boolean, loss_gbp integer, loss_other boolean
) LANGUAGE sql STABLE AS $$
  SELECT r.id,
         (r.received_at AT TIME ZONE 'Europe/London')::date,
         r.region_id, r.script, r.channel,
         nullif(lower(btrim(r.brand)), ''),
         stat_tactic_mask(r.tactics),
         coalesce(r.loss_amount_minor, 0) > 0,
         CASE WHEN r.loss_currency = 'GBP' AND r.loss_amount_minor > 0 THEN r.loss_amount_minor ELSE 0 END,
         coalesce(r.loss_amount_minor, 0) > 0 AND r.loss_currency IS DISTINCT FROM 'GBP'
  WHERE r.status NOT IN ('spam', 'duplicate')
$$;

-- report -> report_stat ------------------------------------------------------------------------

CREATE FUNCTION report_stat_on_report_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stat (report_id, day, region_id, script, channel, brand_key, tactic_mask, lost, loss_gbp, loss_other)
  SELECT s.* FROM new_rows n CROSS JOIN LATERAL report_stat_row(n) s;
  RETURN NULL;
END $$;

-- Status changes (to or from spam/duplicate), analyst overrides of script or tactics, and any
-- other edit: rows that stop counting are deleted, the rest rewritten only when they differ.
CREATE FUNCTION report_stat_on_report_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_stat s
  USING new_rows n
  WHERE s.report_id = n.id AND NOT EXISTS (SELECT 1 FROM report_stat_row(n));
  INSERT INTO report_stat AS t (report_id, day, region_id, script, channel, brand_key, tactic_mask, lost, loss_gbp, loss_other)
  SELECT s.* FROM new_rows n CROSS JOIN LATERAL report_stat_row(n) s
  ORDER BY s.report_id
  ON CONFLICT (report_id) DO UPDATE SET
    day = excluded.day, region_id = excluded.region_id, script = excluded.script, channel = excluded.channel,
    brand_key = excluded.brand_key, tactic_mask = excluded.tactic_mask, lost = excluded.lost,
    loss_gbp = excluded.loss_gbp, loss_other = excluded.loss_other
  WHERE (t.day, t.region_id, t.script, t.channel, t.brand_key, t.tactic_mask, t.lost, t.loss_gbp, t.loss_other)
        IS DISTINCT FROM
        (excluded.day, excluded.region_id, excluded.script, excluded.channel, excluded.brand_key,
         excluded.tactic_mask, excluded.lost, excluded.loss_gbp, excluded.loss_other);
  RETURN NULL;
END $$;

CREATE FUNCTION report_stat_on_report_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM report_stat s USING old_rows o WHERE s.report_id = o.id;
  RETURN NULL;
END $$;

CREATE FUNCTION report_stat_on_report_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE report_stat, report_stat_daily;
  UPDATE report_stat_state SET rolled_up_to = NULL WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER report_stat_insert AFTER INSERT ON report
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_on_report_insert();
CREATE TRIGGER report_stat_update AFTER UPDATE ON report
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_on_report_update();
CREATE TRIGGER report_stat_delete AFTER DELETE ON report
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_on_report_delete();
CREATE TRIGGER report_stat_truncate AFTER TRUNCATE ON report
  FOR EACH STATEMENT EXECUTE FUNCTION report_stat_on_report_truncate();

-- report_stat -> report_stat_daily ----------------------------------------------------------------
-- Changes are applied as signed deltas (+1 for new rows, -1 for old rows). Each report adds to
-- (region, script) for all reports, and to (region, all scripts), (nation, script) and
-- (everywhere, script) both for all reports and for each of its facets: its brand, its channel
-- and each of its tactics. That is what lets a brand, channel or single-tactic filter read a
-- few thousand rows instead of every report in the range.

INSERT INTO report_stat_state (id, rolled_up_to) VALUES (1, NULL);

-- Writers hold this lock shared while they apply deltas; rolling days up takes it alone, so a
-- report is counted exactly once: by a delta, or by the roll-up, never both or neither.
CREATE FUNCTION stat_roll_up_lock_key() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 7236501842 $$;

-- The statement adding `source` (report_stat rows with a `sign` column) to report_stat_daily
-- for days before $1. Returned as text for the caller to EXECUTE, because only a trigger
-- function itself can see its transition tables. `source` is one of the fixed SQL texts below.
CREATE FUNCTION report_stat_daily_add_sql(source text) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  -- One count per enum value / tactic, generated from the labels so a new label needs no edit here.
  channel_sums text := (
    SELECT string_agg(format('coalesce(sum(x.sign) FILTER (WHERE x.channel = %L), 0)', c), ', ' ORDER BY i)
    FROM unnest(enum_range(NULL::"Channel")) WITH ORDINALITY AS u(c, i));
  tactic_sums text := (
    SELECT string_agg(format('coalesce(sum(x.sign) FILTER (WHERE x.tactic_mask & %s <> 0), 0)', 1 << (i - 1)::integer), ', ' ORDER BY i)
    FROM unnest(stat_tactic_labels()) WITH ORDINALITY AS u(t, i));
  -- Element-wise "stored + delta", spelt out per element: much cheaper than a function call per row.
  channel_add text := (
    SELECT string_agg(format('coalesce(d.channel_counts[%1$s], 0) + excluded.channel_counts[%1$s]', i), ', ' ORDER BY i)
    FROM generate_series(1, cardinality(enum_range(NULL::"Channel"))) AS i);
  tactic_add text := (
    SELECT string_agg(format('coalesce(d.tactic_counts[%1$s], 0) + excluded.tactic_counts[%1$s]', i), ', ' ORDER BY i)
    FROM generate_series(1, cardinality(stat_tactic_labels())) AS i);
BEGIN
  RETURN format($sql$
    INSERT INTO report_stat_daily AS d (area, facet, day, script, lost, reports, loss_gbp, loss_other, channel_counts, tactic_counts)
    SELECT lv.area, f.facet, x.day, lv.script, x.lost, sum(x.sign)::integer, coalesce(sum(x.sign * x.loss_gbp), 0)::bigint,
           coalesce(sum(x.sign) FILTER (WHERE x.loss_other), 0)::integer, ARRAY[%s]::integer[], ARRAY[%s]::integer[]
    FROM (%s) x
    JOIN region g ON g.id = x.region_id
    CROSS JOIN LATERAL (
      SELECT '' AS facet
      UNION ALL SELECT 'brand:' || x.brand_key WHERE x.brand_key IS NOT NULL
      UNION ALL SELECT 'channel:' || x.channel::text
      UNION ALL SELECT 'tactic:' || u.t FROM unnest(stat_tactic_labels()) WITH ORDINALITY AS u(t, i)
                WHERE x.tactic_mask & (1 << (u.i - 1)::integer) <> 0
    ) AS f
    CROSS JOIN LATERAL (VALUES (x.region_id, x.script::text, false), (x.region_id, '*', true),
                               ('nation:' || g.nation::text, x.script::text, true), ('*', x.script::text, true)
    ) AS lv(area, script, faceted)
    WHERE x.day < $1 AND (f.facet = '' OR lv.faceted)
    GROUP BY lv.area, f.facet, x.day, lv.script, x.lost
    -- One lock order for every writer, so concurrent batches cannot deadlock on the same rows.
    ORDER BY lv.area, f.facet, x.day, lv.script, x.lost
    ON CONFLICT (area, facet, day, script, lost) DO UPDATE SET
      reports = d.reports + excluded.reports,
      loss_gbp = d.loss_gbp + excluded.loss_gbp,
      loss_other = d.loss_other + excluded.loss_other,
      channel_counts = ARRAY[%s],
      tactic_counts = ARRAY[%s]
  $sql$, channel_sums, tactic_sums, source, channel_add, tactic_add);
END $$;

CREATE FUNCTION report_stat_daily_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  upto date;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(stat_roll_up_lock_key());
  SELECT rolled_up_to INTO upto FROM report_stat_state WHERE id = 1;
  -- Rows of days not rolled up yet are read from report_stat directly: nothing to do.
  IF upto IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM new_rows WHERE day < upto) THEN
      EXECUTE report_stat_daily_add_sql('SELECT 1 AS sign, * FROM new_rows') USING upto;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE day < upto) THEN
      EXECUTE report_stat_daily_add_sql('SELECT -1 AS sign, * FROM old_rows') USING upto;
    END IF;
  ELSIF EXISTS (SELECT 1 FROM old_rows WHERE day < upto) OR EXISTS (SELECT 1 FROM new_rows WHERE day < upto) THEN
    EXECUTE report_stat_daily_add_sql('SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1 AS sign, * FROM new_rows') USING upto;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER report_stat_daily_insert AFTER INSERT ON report_stat
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_daily_on_change();
CREATE TRIGGER report_stat_daily_update AFTER UPDATE ON report_stat
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_daily_on_change();
CREATE TRIGGER report_stat_daily_delete AFTER DELETE ON report_stat
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stat_daily_on_change();

-- Moves rolled_up_to on to `upto` (never back), adding the days in between from report_stat.
-- Returns the number of report_stat rows added. Run by rollUpStats, a few days at a time.
CREATE FUNCTION report_stat_roll_up(upto date) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  since date;
  added bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(stat_roll_up_lock_key());
  SELECT rolled_up_to INTO since FROM report_stat_state WHERE id = 1 FOR UPDATE;
  IF since IS NULL THEN since := (SELECT min(day) FROM report_stat); END IF;
  -- Nothing to add: an empty database stays unrolled, so a bulk load into it stays cheap.
  IF since IS NULL OR upto <= since THEN RETURN 0; END IF;
  SELECT count(*) INTO added FROM report_stat WHERE day >= since AND day < upto;
  EXECUTE report_stat_daily_add_sql(format('SELECT 1 AS sign, * FROM report_stat WHERE day >= %L AND day < %L', since, upto)) USING upto;
  UPDATE report_stat_state SET rolled_up_to = upto WHERE id = 1;
  RETURN added;
END $$;

-- Questions read from report_stat with several tactics ("any of") find their rows here.
CREATE INDEX "report_stat_tactic_bits_idx" ON "report_stat" USING gin (stat_tactic_bits("tactic_mask"));

-- The median loss reads only the reports that lost GBP, from this index alone.
CREATE INDEX "report_stat_gbp_loss_day_idx" ON "report_stat"("day")
  INCLUDE ("loss_gbp", "region_id", "script", "channel", "brand_key", "tactic_mask", "lost") WHERE "loss_gbp" > 0;

-- Existing reports. The triggers above already hold their locks, so no insert can slip between.
-- A database with reports is rolled up to today; an empty one is left for rollUpStats, so a
-- bulk load straight after migrating pays only for report_stat rows.
INSERT INTO report_stat (report_id, day, region_id, script, channel, brand_key, tactic_mask, lost, loss_gbp, loss_other)
SELECT s.* FROM report r CROSS JOIN LATERAL report_stat_row(r) s;
SELECT report_stat_roll_up((now() AT TIME ZONE 'Europe/London')::date) WHERE EXISTS (SELECT 1 FROM report_stat);

-- Most questions need only the counts and sums, not the channel and tactic arrays: this index
-- answers them without visiting the wide rows. The daily table changes only when days are
-- rolled up or old reports edited, so the second index costs little to keep.
CREATE INDEX "report_stat_daily_totals_idx" ON "report_stat_daily"("area", "facet", "day", "script", "lost")
  INCLUDE ("reports", "loss_gbp", "loss_other");
