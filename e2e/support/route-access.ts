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

export const ROUTES: Record<string, RouteRule> = {
  "/": { public: true },
  "/sign-in": { public: true, expect: { analyst: 307, supervisor: 307, admin: 307, press: 307 } },
  "/account": { allow: ["analyst", "supervisor", "admin", "press"] },
  "/dashboard": { allow: STAFF },
  "/dashboard/alerts": { allow: STAFF },
  "/admin/audit": { allow: ["supervisor", "admin"] },
  "/api/health": { public: true },
  "/api/auth/[...nextauth]": { url: "/api/auth/session", public: true },
};
