// A report in English and in Welsh, with and without JavaScript, each page checked by axe.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { asNewClient, expectAccessible, expectNoHorizontalScroll, fillRequired, NARRATIVE_CY, NARRATIVE_EN, readReference, submitReport } from "./support/report";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    test.beforeEach(async ({ page }) => {
      await asNewClient(page);
    });

    test("a report in English: home, form, confirmation with the redaction explained", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expectAccessible(page, javaScriptEnabled);
      await page.getByRole("button", { name: "Start now" }).click();
      await expect(page).toHaveURL(/\/report$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a scam");
      await expect(page.getByLabel(/Who did they say they were\?/)).toHaveValue("Amazon");
      await expectAccessible(page, javaScriptEnabled);

      await fillRequired(page, {
        narrative: `${NARRATIVE_EN} I gave him 4111 1111 1111 1111 before I realised.`,
        region: "Dyfed-Powys",
      });
      await page.getByRole("radio", { name: "Automated or recorded call" }).check();
      await page.getByRole("checkbox", { name: "Card details" }).check();
      await page.getByLabel(/The first part of your postcode/).fill("SA31 1AA");
      await submitReport(page);

      await expect(page).toHaveURL(/\/report\/confirmation$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report sent");
      await readReference(page);
      const removed = page.getByRole("region", { name: "We removed some details from your report" });
      await expect(removed).toContainText("We removed a card number from your report.");
      await expect(page.getByRole("region", { name: "What you can do now" })).toContainText("Call your bank on 159");
      await expect(page.getByRole("region", { name: "Report it officially" })).toContainText("0300 123 2040");
      await expect(page.getByRole("region", { name: "Report it officially" })).toContainText("7726");
      await expectAccessible(page, javaScriptEnabled);
    });

    test("a report in Welsh: the language switch, Welsh questions, Welsh advice", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Cymraeg" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Galwadau, negeseuon testun ac e-byst sgam");
      await expectAccessible(page, javaScriptEnabled);
      await page.getByRole("button", { name: "Dechrau nawr" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rhoi gwybod am sgam");
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await expectAccessible(page, javaScriptEnabled);

      await fillRequired(page, { narrative: NARRATIVE_CY, narrativeLabel: /Beth ddigwyddodd\?/, regionLabel: /^Ble rydych chi'n byw\?/, region: "Gwent" });
      await page.getByRole("radio", { name: "Neges destun" }).check();
      await page.getByRole("radio", { name: "Heddiw" }).check();
      await page.getByRole("group", { name: /Wnaethoch chi golli arian\?/ }).getByRole("radio", { name: "Do", exact: true }).check();
      await page.getByLabel("Faint wnaethoch chi ei golli?").fill("250");
      await page.getByRole("radio", { name: "Trosglwyddiad banc" }).check();
      await submitReport(page, /Anfon adroddiad/);

      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Adroddiad wedi'i anfon");
      await readReference(page);
      await expect(page.getByRole("region", { name: "Gwnewch hyn nawr" })).toContainText("Ffoniwch eich banc nawr ar 159");
      await expect(page.getByRole("region", { name: "Rhoi gwybod yn swyddogol" })).toContainText("Anfonwch y neges destun ymlaen i 7726");
      await expectAccessible(page, javaScriptEnabled);

      await page.getByRole("link", { name: "English", exact: true }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report sent");
    });
  });
}

test("the form and the confirmation reflow at 320 px wide (400% zoom of a 1280 px screen)", async ({ page }) => {
  await asNewClient(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/report");
  await expectNoHorizontalScroll(page);
  await fillRequired(page, { narrative: NARRATIVE_EN, region: "Metropolitan Police" });
  await submitReport(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report sent");
  await expectNoHorizontalScroll(page);
});

test("the area search narrows the list by town, county or Welsh name", async ({ page }) => {
  await page.goto("/report");
  const search = page.getByLabel("Search the list");
  await search.fill("Carmarthenshire");
  await expect(page.getByText("1 area matches")).toBeVisible();
  await search.fill("reading");
  const visible = await page.locator("#region option:not([hidden])").allTextContents();
  expect(visible).toContain("Thames Valley");
  expect(visible).not.toContain("Dyfed-Powys");
  await search.fill("");
  await page.getByLabel(/^Where do you live\?/).selectOption({ label: "Gwent" });
});

test("the confirmation is not reachable without having reported", async ({ page }) => {
  await page.goto("/report/confirmation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page has expired");
  await expectNoAxeViolations(page);
});
