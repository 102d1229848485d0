// Re-tags stored reports whose tagging came from an older classifier version. The new
// verdict replaces report_tagging; the report's effective script and tactics follow it only
// where no analyst has overridden that field (tag_override): a human decision always stands.
import type { PrismaClient } from "../../generated/prisma/client";
import { fromPrismaEnum } from "../enum-map";
import { pgArrayLiteral } from "../reports/pg-array";
import type { Channel } from "../../tagging/labels";
import { tagReport, TAGGER_VERSION } from "../../tagging/tag-report";

const UPDATE_TAGGINGS = `
UPDATE report_tagging t SET script = u.script::"Script", confidence = u.confidence, runner_up = u.runner_up::"Script",
  tactics = u.tactics::text[], channel = u.channel::"Channel", brands = u.brands::text[], amounts = u.amounts::jsonb,
  phones = u.phones::text[], domains = u.domains::text[], evidence = u.evidence::jsonb, version = u.version, tagged_at = now()
FROM unnest($1::int[], $2::text[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::text[], $11::text[], $12::text[])
  AS u(id, script, confidence, runner_up, tactics, channel, brands, amounts, phones, domains, evidence, version)
WHERE t.report_id = u.id`;

// Only the fields without an override move; an overridden field keeps its current value.
const UPDATE_REPORTS = `
UPDATE report r SET
  script = CASE WHEN u.keep_script THEN r.script ELSE u.script::"Script" END,
  tactics = CASE WHEN u.keep_tactics THEN r.tactics ELSE u.tactics::text[] END,
  updated_at = now()
FROM unnest($1::int[], $2::text[], $3::text[], $4::bool[], $5::bool[]) AS u(id, script, tactics, keep_script, keep_tactics)
WHERE r.id = u.id`;

export interface RetagResult {
  retagged: number;
  version: string;
}

export async function retagStale(
  prisma: PrismaClient,
  opts: { batchSize?: number; onBatch?: (done: number) => void } = {},
): Promise<RetagResult> {
  const batchSize = opts.batchSize ?? 1_000;
  let lastId = 0;
  let retagged = 0;
  for (;;) {
    const reports = await prisma.report.findMany({
      where: { id: { gt: lastId }, tagging: { version: { not: TAGGER_VERSION } } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        narrative: true,
        channel: true,
        brand: true,
        lossAmountMinor: true,
        lossCurrency: true,
        overrides: { select: { field: true } },
      },
    });
    if (reports.length === 0) break;
    lastId = reports[reports.length - 1]!.id;
    const rows = reports.map((r) => {
      const channel = fromPrismaEnum<Channel>(r.channel);
      const tags = tagReport({
        text: r.narrative ?? "",
        channel: channel === "unknown" ? undefined : channel,
        brand: r.brand ?? undefined,
        amount: r.lossAmountMinor != null && r.lossCurrency ? { value: r.lossAmountMinor / 100, currency: r.lossCurrency } : undefined,
      });
      const fields = new Set(r.overrides.map((o) => o.field));
      return { id: r.id, tags, keepScript: fields.has("script"), keepTactics: fields.has("tactics") };
    });
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(
        UPDATE_TAGGINGS,
        rows.map((r) => r.id),
        rows.map((r) => r.tags.script),
        rows.map((r) => r.tags.confidence),
        rows.map((r) => r.tags.runnerUp?.script ?? null),
        rows.map((r) => pgArrayLiteral(r.tags.tactics)),
        rows.map((r) => r.tags.channel),
        rows.map((r) => pgArrayLiteral(r.tags.brands)),
        rows.map((r) => JSON.stringify(r.tags.amounts)),
        rows.map((r) => pgArrayLiteral(r.tags.phones)),
        rows.map((r) => pgArrayLiteral(r.tags.domains)),
        rows.map((r) => JSON.stringify(r.tags.evidence)),
        rows.map((r) => r.tags.version),
      );
      await tx.$executeRawUnsafe(
        UPDATE_REPORTS,
        rows.map((r) => r.id),
        rows.map((r) => r.tags.script),
        rows.map((r) => pgArrayLiteral(r.tags.tactics)),
        rows.map((r) => r.keepScript),
        rows.map((r) => r.keepTactics),
      );
    });
    retagged += rows.length;
    opts.onBatch?.(retagged);
  }
  return { retagged, version: TAGGER_VERSION };
}
