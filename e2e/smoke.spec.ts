import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("home page explains the scams and passes axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("pretending to be Amazon");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expectNoAxeViolations(page);
});

test("health reports the database and its migrations", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  expect(body.migrations).toBeGreaterThanOrEqual(1);
});

test("every response carries the security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-powered-by"]).toBeUndefined();
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toContain("max-age=");
});

test("an unknown page says so plainly", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoAxeViolations(page);
});
