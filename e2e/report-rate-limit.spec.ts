// The per-client rate limit: without JavaScript (no proof-of-work) a client gets the
// stricter allowance (RATE_LIMIT_FORM_NO_POW, 3 an hour on the e2e server); past it the
// form says how long to wait and keeps the answers. The same client with JavaScript
// (a solved proof-of-work) counts against the normal limit and can still report.
import { expect, test } from "@playwright/test";
import { asNewClient, expectAccessible, fillRequired, NARRATIVE_EN, readReference, submitReport } from "./support/report";

test("past the no-JavaScript limit: a human message, the wait, answers kept; with JavaScript still allowed", async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  const client = await asNewClient(page);
  for (let i = 0; i < 3; i++) {
    await page.goto("/report");
    await fillRequired(page, { narrative: `${NARRATIVE_EN} (${i})`, region: "Essex" });
    await submitReport(page);
    await readReference(page);
  }
  await page.goto("/report");
  await fillRequired(page, { narrative: `${NARRATIVE_EN} (over the limit)`, region: "Essex" });
  await submitReport(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("You have sent a lot of reports in a short time.");
  await expect(alert).toContainText(/please wait about (a minute|\d+ minutes) and then try again/);
  await expect(page.getByLabel(/What happened\?/)).toHaveValue(`${NARRATIVE_EN} (over the limit)`);
  await expectAccessible(page, false);
  await noJs.close();

  const withJs = await browser.newContext();
  const jsPage = await withJs.newPage();
  await jsPage.setExtraHTTPHeaders({ "x-forwarded-for": client });
  await jsPage.goto("/report");
  await fillRequired(jsPage, { narrative: `${NARRATIVE_EN} (with JavaScript)`, region: "Essex" });
  await submitReport(jsPage);
  await readReference(jsPage);
  await withJs.close();
});

test("a post far bigger than any report is refused with 413 and plain words, before it is read", async ({ page }) => {
  await asNewClient(page);
  await page.goto("/report");
  const res = await page.request.post("/report", {
    multipart: { narrative: "x".repeat(200_000), region: "essex" },
    headers: { origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(413);
  expect(await res.text()).toContain("Your report is too long to send");
});
