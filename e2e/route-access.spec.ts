// Walks every route unauthenticated and as each role, and checks the answer.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ROLES } from "@/lib/domain/roles";
import { ROUTES, type Who } from "./support/route-access";
import { signInAs } from "./support/sign-in";

function discoverRoutes(dir = "app", prefix = ""): { route: string; kind: "page" | "api" }[] {
  const out: { route: string; kind: "page" | "api" }[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      // Route groups "(staff)" do not appear in URLs.
      out.push(...discoverRoutes(full, /^\(.*\)$/.test(entry) ? prefix : `${prefix}/${entry}`));
    } else if (entry === "page.tsx") out.push({ route: prefix || "/", kind: "page" });
    else if (entry === "route.ts") out.push({ route: prefix || "/", kind: "api" });
  }
  return out;
}

const routes = discoverRoutes();

test("every route has an access rule", () => {
  const missing = routes.map((r) => r.route).filter((r) => !(r in ROUTES));
  expect(missing, "routes without an entry in e2e/support/route-access.ts").toEqual([]);
});

function expected(route: string, kind: "page" | "api", who: Who): number {
  const rule = ROUTES[route]!;
  const exact = rule.expect?.[who];
  if (exact !== undefined) return exact;
  if (rule.public) return 200;
  if (who === "anon") return kind === "page" ? 307 : 401;
  return rule.allow?.includes(who) ? 200 : 403;
}

const WHO: Who[] = ["anon", ...ROLES];

for (const who of WHO) {
  test(`route access as ${who}`, async ({ browser }) => {
    const context = await browser.newContext();
    if (who !== "anon") await signInAs(await context.newPage(), who);
    const request: APIRequestContext = context.request;
    const failures: string[] = [];
    for (const { route, kind } of routes) {
      const rule = ROUTES[route];
      if (!rule || rule.skip) continue;
      const res = await request.get(rule.url ?? route, { maxRedirects: 0 });
      const want = expected(route, kind, who);
      if (res.status() !== want) failures.push(`${route}: got ${res.status()}, want ${want}`);
      if (want === 307 && who === "anon" && kind === "page") {
        expect(res.headers()["location"] ?? "", route).toContain("/sign-in");
      }
    }
    expect(failures).toEqual([]);
    await context.close();
  });
}
