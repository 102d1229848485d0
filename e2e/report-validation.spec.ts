// A validation error corrected: the error summary names each problem and links to its
// question, answers are kept, and fixing them sends the report. With and without JavaScript.
import { expect, test } from "@playwright/test";
import { asNewClient, expectAccessible, NARRATIVE_EN, readReference, submitReport } from "./support/report";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    test.beforeEach(async ({ page }) => {
      await asNewClient(page);
    });

    test("errors are summarised and linked, answers kept, and the corrected report is sent", async ({ page }) => {
      await page.goto("/report");
      await page.getByLabel(/What happened\?/).fill("Amazon rang me");
      await page.getByRole("radio", { name: "Text message" }).check();
      await page.getByRole("group", { name: /Did you lose money\?/ }).getByRole("radio", { name: "Yes", exact: true }).check();
      await page.getByLabel("How much did you lose?").fill("two hundred pounds");
      await page.getByLabel(/The first part of your postcode/).fill("12345");
      await submitReport(page);

      const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(summary).toBeVisible();
      const links = summary.getByRole("link");
      await expect(links).toHaveText([
        "What happened must be 20 characters or more",
        "Enter the amount you lost as a number, like 250 or 79.97",
        "Select where you live",
        "Enter the first part of your postcode, like SA31 or M1",
      ]);
      // Each message also sits by its question, and the answers are still there.
      await expect(page.getByText("Error: Select where you live", { exact: true })).toBeVisible();
      await expect(page.getByLabel(/What happened\?/)).toHaveValue("Amazon rang me");
      await expect(page.getByRole("radio", { name: "Text message" })).toBeChecked();
      await expect(page.getByLabel("How much did you lose?")).toHaveValue("two hundred pounds");
      await expectAccessible(page, javaScriptEnabled);
      if (javaScriptEnabled) {
        await expect(page).toHaveTitle(/^Error: Report a scam/);
        await links.filter({ hasText: "Select where you live" }).click();
        await expect(page.getByLabel(/^Where do you live\?/)).toBeFocused();
      }

      await page.getByLabel(/What happened\?/).fill(NARRATIVE_EN);
      await page.getByLabel("How much did you lose?").fill("£1,200.50");
      await page.getByLabel(/^Where do you live\?/).selectOption({ label: "North Wales" });
      await page.getByLabel(/The first part of your postcode/).fill("LL57");
      await submitReport(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report sent");
      await readReference(page);
    });

    test("'Nothing' cannot be chosen with something else", async ({ page }) => {
      await page.goto("/report");
      await page.getByLabel(/What happened\?/).fill(NARRATIVE_EN);
      await page.getByLabel(/^Where do you live\?/).selectOption({ label: "Gwent" });
      await page.getByRole("checkbox", { name: "A password or login details" }).check();
      await page.getByRole("checkbox", { name: "Nothing" }).check();
      if (javaScriptEnabled) {
        // With JavaScript, ticking "Nothing" clears the others, as GOV.UK's exclusive option does.
        await expect(page.getByRole("checkbox", { name: "A password or login details" })).not.toBeChecked();
        return;
      }
      await submitReport(page);
      await expect(page.getByRole("alert")).toContainText("Select “Nothing” or what you gave them, not both");
    });
  });
}
