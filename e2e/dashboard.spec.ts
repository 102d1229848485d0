import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

test.beforeEach(async ({ page }) => {
  await signInAs(page, "analyst");
});

test("the dashboard shows figures and charts, and passes axe", async ({ page }) => {
  await page.goto("/dashboard?range=90d");
  await expect(page.getByRole("heading", { level: 1, name: "Scam reports dashboard" })).toBeVisible();
  await expect(page.getByLabel("Headline figures")).toContainText("Reports");
  await expect(page.getByRole("heading", { name: "Reports over time, by scam script" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("filtering changes the figures, and the URL keeps the filters", async ({ page }) => {
  await page.goto("/dashboard?range=12m");
  // The figure itself is the dd's first text node; the change on the previous period follows it.
  const reports = () => page.getByLabel("Headline figures").locator("dd").first().evaluate((dd) => dd.firstChild?.textContent ?? "");
  const all = await reports();
  await page.getByLabel("Nation").selectOption("wales");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/nation=wales/);
  const wales = await reports();
  const n = (s: string) => Number(s.replace(/[^\d]/g, ""));
  expect(n(wales)).toBeGreaterThan(0);
  expect(n(wales)).toBeLessThan(n(all));
  // The force-area table now lists Welsh forces only.
  const region = page.getByRole("region", { name: "Reports by police force area" });
  await region.getByText("Show the data").click();
  const names = await region.locator("tbody th").allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(["Dyfed-Powys", "Gwent", "South Wales", "North Wales"]).toContain(name);
});

test("a chart's CSV download holds exactly the rows of its table", async ({ page }) => {
  await page.goto("/dashboard?range=28d");
  const section = page.getByRole("region", { name: "How the scammers made contact" });
  await section.getByText("Show the data").click();
  const tableRows = await section.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => (c.textContent ?? "").replace(/,/g, ""))),
  );
  const download = page.waitForEvent("download");
  await section.getByRole("link", { name: /Download CSV/ }).click();
  const csv = readFileSync(await (await download).path()!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("Channel,Reports");
  expect(lines.slice(1).map((l) => l.split(","))).toEqual(tableRows);
});

test("the demo's Dyfed-Powys renewal surge is on the alerts page", async ({ page }) => {
  // The worker computes alerts at start-up; give it a moment on a cold server.
  await expect(async () => {
    await page.goto("/dashboard/alerts");
    await expect(page.getByRole("heading", { level: 2, name: /Dyfed-Powys: Subscription renewal/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  const card = page.locator("li", { has: page.getByRole("heading", { name: /Dyfed-Powys: Subscription renewal/ }) });
  await expect(card).toContainText("Red");
  await expectNoAxeViolations(page);
});
