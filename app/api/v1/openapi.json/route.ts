// GET /api/v1/openapi.json: the partner API's OpenAPI 3.1 document (lib/intake/openapi.ts).
import { openApiDocument } from "@/lib/intake/openapi";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
