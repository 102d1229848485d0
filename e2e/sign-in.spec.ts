import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test("a wrong password is refused with a clear message, and the form passes axe", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill("analyst@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email address or password is not right.");
  await expect(page.getByLabel("Email address")).toHaveValue("analyst@example.org");
  await expectNoAxeViolations(page);
});

test("an analyst lands on the dashboard and sees the analyst's links", async ({ page }) => {
  await signInAs(page, "analyst");
  await expect(page).toHaveURL(/\/dashboard/);
  const nav = page.getByRole("navigation", { name: "Staff" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
});

test("a press officer sees no dashboard and is refused it", async ({ page }) => {
  await signInAs(page, "press");
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  const res = await page.goto("/dashboard");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot see this page");
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, "supervisor");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const res = await page.goto("/dashboard");
  expect(page.url()).toContain("/sign-in?next=%2Fdashboard");
  expect(res?.status()).toBe(200);
});

test("sign-in works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "admin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});
