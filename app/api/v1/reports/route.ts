// POST /api/v1/reports: thin; everything happens in lib/server/intake/api/post-report.ts.
import { getPrisma } from "@/lib/server/db";
import { postReport } from "@/lib/server/intake/api/post-report";
import { apiError } from "@/lib/server/intake/api/responses";
import { intakeConfig } from "@/lib/server/intake/intake-config";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  let prisma;
  try {
    prisma = await getPrisma();
  } catch {
    return apiError(503, "unavailable", "The service cannot store reports right now. Try again shortly.", {}, { "Retry-After": "30" });
  }
  return postReport(request, { prisma, config: intakeConfig() });
}
