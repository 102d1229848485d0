// The run's error report as a CSV download (row, external id, column, outcome, reason).
import { errorReportCsv } from "@/lib/import/error-report";
import { audit } from "@/lib/server/audit";
import { authorizeRequest } from "@/lib/server/auth/guard";
import { getPrisma } from "@/lib/server/db";
import { getImportRun } from "@/lib/server/import/import-runs";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await authorizeRequest("imports.run");
  if (user instanceof Response) return user;
  const { id } = await ctx.params;
  const prisma = await getPrisma();
  const run = await getImportRun(prisma, id);
  if (!run) return Response.json({ error: "No such import." }, { status: 404 });
  await audit(prisma, { userId: user.id, action: "export", entityType: "import_run", entityId: run.id, details: { rows: run.issues.length } });
  return new Response(errorReportCsv(run.issues), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="import-${run.id.slice(0, 8)}-errors.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
