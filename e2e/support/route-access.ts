// Every route of the app with who may open it. e2e/route-access.spec.ts finds the routes
// on disk and fails when one is missing here, so a new route cannot ship without a decision.
import type { Role } from "@/lib/domain/roles";

export type Who = "anon" | Role;
export interface RouteRule {
  /** The URL to request (dynamic segments filled in). Defaults to the route itself. */
  url?: string;
  /** Everyone gets 200. */
  public?: boolean;
  /** Roles that get 200; other roles 403; anonymous: 307 to sign-in (pages) or 401 (API). */
  allow?: Role[];
  /** Exact expectations that differ from the rules above. */
  expect?: Partial<Record<Who, number>>;
  /** Not a GET route (checked elsewhere). */
  skip?: string;
}

const STAFF: Role[] = ["analyst", "supervisor", "admin"];
const NO_SUCH_RUN = "00000000-0000-4000-8000-000000000000";

export const ROUTES: Record<string, RouteRule> = {
  "/": { public: true },
  "/sign-in": { public: true, expect: { analyst: 307, supervisor: 307, admin: 307, press: 307 } },
  "/account": { allow: ["analyst", "supervisor", "admin", "press"] },
  "/dashboard": { allow: STAFF },
  "/dashboard/alerts": { allow: STAFF },
  "/dashboard/csv/[panel]": { url: "/dashboard/csv/channels", allow: STAFF },
  "/admin/audit": { allow: ["supervisor", "admin"] },
  "/admin/import": { allow: ["admin"] },
  "/admin/import/[id]": { url: `/admin/import/${NO_SUCH_RUN}`, allow: ["admin"], expect: { admin: 404 } },
  "/admin/import/[id]/errors": { url: `/admin/import/${NO_SUCH_RUN}/errors`, allow: ["admin"], expect: { admin: 404 } },
  "/admin/import/upload": { skip: "POST only (an upload); covered by e2e/import.spec.ts" },
  "/report": { public: true },
  "/report/confirmation": { public: true },
  "/report/challenge": { public: true },
  "/language": { url: "/language?to=cy&next=/", public: true, expect: { anon: 303, analyst: 303, supervisor: 303, admin: 303, press: 303 } },
  "/api/v1/reports": { skip: "POST only, with a partner API key; covered by test/integration/report-api.test.ts" },
  "/api/v1/openapi.json": { public: true },
  "/api/health": { public: true },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", public: true },
};
