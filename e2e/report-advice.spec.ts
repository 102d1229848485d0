// Advice tailored to three different answer sets (and urgent steps first when they apply).
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { asNewClient, fillRequired, readReference, submitReport } from "./support/report";

test.beforeEach(async ({ page }) => {
  await asNewClient(page);
});

const stepTitles = (page: Page, region: string) => page.getByRole("region", { name: region }).getByRole("heading", { level: 3 }).allTextContents();

test("remote access given last week: disconnect first, naming the app, even though no money was lost", async ({ page }) => {
  await page.goto("/report");
  await fillRequired(page, {
    narrative: "A man from 'Amazon security' said my account was hacked and got me to install AnyDesk so he could fix it. I gave him the code from my phone.",
    region: "Dyfed-Powys",
  });
  await page.getByRole("radio", { name: "Phone call with a person" }).check();
  await page.getByRole("radio", { name: "Another day" }).check();
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);
  await page.getByLabel("Day", { exact: true }).fill(String(lastWeek.getUTCDate()));
  await page.getByLabel("Month", { exact: true }).fill(String(lastWeek.getUTCMonth() + 1));
  await page.getByLabel("Year", { exact: true }).fill(String(lastWeek.getUTCFullYear()));
  await page.getByRole("checkbox", { name: /Access to your computer or phone/ }).check();
  await page.getByRole("checkbox", { name: "A one-time code sent to your phone or email" }).check();
  await submitReport(page);
  await readReference(page);

  const urgent = page.getByRole("region", { name: "Do this now" });
  await expect(urgent).toBeVisible();
  expect(await stepTitles(page, "Do this now")).toEqual(["Disconnect your computer and remove the app they used"]);
  await expect(urgent).toContainText("uninstall AnyDesk");
  expect(await stepTitles(page, "What you can do now")).toEqual([
    "Change your password and turn on two-step verification",
    "Check your Amazon account yourself",
    "How to spot the next one",
  ]);
  await expect(page.getByText("Call your bank now on 159")).toHaveCount(0);
  // Urgent steps come before everything else on the page except the reference.
  const order = await page.locator("main h2").allTextContents();
  expect(order.indexOf("Do this now")).toBeLessThan(order.indexOf("What happens next"));
  await expectNoAxeViolations(page);
});

test("gift cards bought today: call the bank and the gift card company, both urgent", async ({ page }) => {
  await page.goto("/report");
  await fillRequired(page, {
    narrative: "They said I had been refunded too much and made me buy Google Play gift cards to pay back the difference. I read them the codes.",
    region: "Kent",
  });
  await page.getByRole("radio", { name: "Today" }).check();
  await page.getByRole("group", { name: /Did you lose money\?/ }).getByRole("radio", { name: "Yes", exact: true }).check();
  await page.getByLabel("How much did you lose?").fill("500");
  await page.getByRole("radio", { name: "Gift cards or vouchers" }).check();
  await submitReport(page);
  await readReference(page);
  expect(await stepTitles(page, "Do this now")).toEqual(["Call your bank now on 159", "Contact the gift card company straight away"]);
  await expect(page.getByRole("region", { name: "Do this now" })).toContainText("(Google Play)");
  await expect(page.getByRole("region", { name: "Report it officially" })).toContainText("Report Fraud (previously called Action Fraud)");
  await expectNoAxeViolations(page);
});

test("a scam text in Scotland with nothing lost: reassurance, Police Scotland and 7726, nothing urgent", async ({ page }) => {
  await page.goto("/report");
  await fillRequired(page, {
    narrative: "Got a text saying a Royal Mail parcel could not be delivered and I had to pay a fee on a link. I did not click it.",
    region: "Scotland",
  });
  await page.getByLabel(/Who did they say they were\?/).fill("Royal Mail");
  await page.getByRole("radio", { name: "Text message" }).check();
  await page.getByRole("checkbox", { name: "Nothing" }).check();
  await submitReport(page);
  await readReference(page);
  await expect(page.getByRole("region", { name: "Do this now" })).toHaveCount(0);
  expect(await stepTitles(page, "What you can do now")).toEqual(["You did the right thing", "How to spot the next one"]);
  const official = page.getByRole("region", { name: "Report it officially" });
  await expect(official).toContainText("Police Scotland");
  await expect(official).toContainText("Forward the text to 7726");
  await expect(official).not.toContainText("0300 123 2040");
  await expectNoAxeViolations(page);
});
