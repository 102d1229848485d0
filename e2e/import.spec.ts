// An admin imports a CSV from the page: the column mapping first, then the import, its
// progress and a downloadable error report. Without JavaScript, and with it.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

function csvFile(prefix: string) {
  const rows = [
    "Crime Ref,Date Reported,Force,What happened,Contact method,Amount lost",
    `${prefix}-1,03/04/2025,Dyfed-Powys Police,"Caller said my Amazon Prime would renew unless I pressed 1, then took my card 4111 1111 1111 1111",phone,£79.99`,
    `${prefix}-2,2025-04-05,kent,Text said my parcel was held; pay £1.45 at royalmail-redelivery.com,text,1.45`,
    `${prefix}-3,31/02/2025,Atlantis,Bank called,fax,`,
  ];
  return { name: `${prefix.toLowerCase()}.csv`, mimeType: "text/csv", buffer: Buffer.from(rows.join("\n") + "\n") };
}

// axe runs in the page, so it only checks with JavaScript on.
async function importAndWait(page: Page, prefix: string, axe: boolean) {
  await page.getByLabel("CSV file").setInputFiles(csvFile(prefix));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[0-9a-f-]{36}$/);
  // The page reloads itself while the import runs.
  await expect(page.getByRole("status")).toHaveText("Finished.", { timeout: 30_000 });
  await expect(page.getByRole("definition").first()).toHaveText("2");
  await expect(page.getByText('row 4, column "Force": "Atlantis" is not a police force area')).toBeVisible();
  const download = page.getByRole("link", { name: /Download the error report/ });
  const res = await page.request.get((await download.getAttribute("href"))!);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const body = await res.text();
  expect(body.split("\n")[0]).toBe("row,external_id,column,outcome,reason");
  expect(body).toContain(`4,${prefix}-3,Force,skipped,`);
  expect(body).not.toContain("4111");
  if (axe) await expectNoAxeViolations(page);
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin checks the columns, imports a file and downloads its error report", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/import");
    await page.getByLabel("CSV file").setInputFiles(csvFile("NOJS"));
    await page.getByRole("button", { name: "Check the columns" }).click();
    const table = page.getByRole("table", { name: "How each column of the file will be read" });
    await expect(table.getByRole("row", { name: /Force Police force area/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /Crime Ref External id/ })).toBeVisible();
    await importAndWait(page, "NOJS", false);
  });
});

test.describe("JavaScript on", () => {
  test("the mapping shows as soon as a file is chosen, without showing card numbers", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/import");
    await expectNoAxeViolations(page);
    await page.getByLabel("CSV file").setInputFiles(csvFile("JS"));
    const table = page.getByRole("table", { name: "How each column of the file will be read" });
    await expect(table.getByRole("row", { name: /What happened What happened/ })).toBeVisible();
    await expect(table).not.toContainText("4111 1111");
    await expectNoAxeViolations(page);
    await importAndWait(page, "JS", true);
  });

  test("an analyst cannot import", async ({ page }) => {
    await signInAs(page, "analyst");
    const res = await page.goto("/admin/import");
    expect(res?.status()).toBe(403);
  });
});
