// Reports an analyst has corrected, as evaluation samples: the analyst's effective script
// and tactics are the truth, the current classifier is scored against them. A second,
// real-world measure of accuracy beside the corpus (npm run tagging:eval -- --from-db).
import type { PrismaClient } from "../../generated/prisma/client";
import type { EvalSample } from "../../tagging/evaluate";
import type { Channel, Script, Tactic } from "../../tagging/labels";
import { fromPrismaEnum } from "../enum-map";

export async function correctedSamples(prisma: PrismaClient): Promise<EvalSample[]> {
  const rows = await prisma.report.findMany({
    where: { overrides: { some: {} }, narrative: { not: null } },
    select: { narrative: true, channel: true, script: true, tactics: true },
  });
  return rows.map((r) => {
    const channel = fromPrismaEnum<Channel>(r.channel);
    return {
      text: r.narrative!,
      ...(channel !== "unknown" ? { channel } : {}),
      expected: { script: fromPrismaEnum<Script>(r.script), tactics: r.tactics as Tactic[] },
    } as EvalSample;
  });
}
