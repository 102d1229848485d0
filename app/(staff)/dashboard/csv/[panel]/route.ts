// CSV of exactly what a dashboard chart shows (the same table model as its data table).
import { toCsv } from "@/lib/export/csv";
import { audit } from "@/lib/server/audit";
import { authorizeRequest } from "@/lib/server/auth/guard";
import { isPanel, loadPanel } from "@/lib/server/dashboard/panels";
import { getPrisma } from "@/lib/server/db";
import { parseFilters, toSearchParams } from "@/lib/stats/filters";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ panel: string }> }) {
  const user = await authorizeRequest("dashboard.view");
  if (user instanceof Response) return user;
  const { panel } = await ctx.params;
  if (!isPanel(panel)) return Response.json({ error: `No chart called "${panel.slice(0, 40)}".` }, { status: 404 });
  const url = new URL(req.url);
  const { filters } = parseFilters(Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)])), new Date());
  const prisma = await getPrisma();
  const table = await loadPanel(panel, prisma, filters);
  await audit(prisma, {
    userId: user.id,
    action: "export",
    entityType: "dashboard-chart",
    entityId: panel,
    details: { filters: toSearchParams(filters).toString(), rows: table.rows.length },
  });
  return new Response(toCsv(table.columns, table.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="scampulse-${panel}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
