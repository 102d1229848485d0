// The chart bucket of a `day` column as YYYY-MM-DD text: the day, the Monday of its ISO week
// or the 1st of its month, matching lib/stats/buckets.ts. Text, so no driver shifts it by a zone.
import { Prisma } from "../../generated/prisma/client";
import type { Granularity } from "../../stats/filters";

export function bucketSql(g: Granularity): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc(${g}::text, day::timestamp), 'YYYY-MM-DD')`;
}
