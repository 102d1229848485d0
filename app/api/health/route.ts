import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.status === "ok") return Response.json(health);
  return Response.json(health, { status: 503, headers: { "Retry-After": "10", "Cache-Control": "no-store" } });
}
