// The same submission posted twice (double click, a retry after a timeout) is one report:
// the idempotency key the form carries makes the second post show the first one's reference.
import { expect, test } from "@playwright/test";
import { queryAppDb } from "./support/app-db";
import { asNewClient, fillRequired, NARRATIVE_EN, readReference } from "./support/report";

const reportsWithKey = async (key: string) =>
  Number((await queryAppDb<{ n: number }>("SELECT count(*)::int AS n FROM report WHERE idempotency_key = $1", [`form:${key}`]))[0]!.n);

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form posted three times: one report, one reference", async ({ page }) => {
    await asNewClient(page);
    await page.goto("/report");
    // Exactly what this page would post: its hidden fields (React's action fields, the
    // idempotency key) plus the answers, sent as a retrying browser would send them.
    const hidden = hiddenFields(await page.content());
    const key = hidden.idempotencyKey!;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const multipart = { ...hidden, narrative: NARRATIVE_EN, region: "cumbria", brand: "Amazon", homepage: "" };
    const origin = new URL(page.url()).origin;
    const references: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await page.request.post("/report", { multipart, maxRedirects: 0, headers: { origin } });
      expect(res.status()).toBe(303);
      await page.goto("/report/confirmation");
      references.push(await readReference(page));
    }
    expect(new Set(references).size).toBe(1);
    expect(await reportsWithKey(key)).toBe(1);
  });
});

/** name -> value of every hidden input in server-rendered HTML. */
function hiddenFields(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/?>/g)) {
    out[m[1]!] = (m[2] ?? "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }
  return out;
}

test("a double click sends one report", async ({ page }) => {
  await asNewClient(page);
  await page.goto("/report");
  await fillRequired(page, { narrative: NARRATIVE_EN, region: "Lancashire" });
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  await page.getByRole("button", { name: "Send report" }).dblclick();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report sent");
  await readReference(page);
  expect(await reportsWithKey(key)).toBe(1);
});

test.describe("JavaScript off, changed answers", () => {
  test.use({ javaScriptEnabled: false });

  test("the same page sent again with changed answers: told it was already sent, with a new key to send it anew", async ({ page }) => {
    await asNewClient(page);
    await page.goto("/report");
    const hidden = hiddenFields(await page.content());
    const origin = new URL(page.url()).origin;
    const first = { ...hidden, narrative: NARRATIVE_EN, region: "durham", brand: "Amazon", homepage: "" };
    expect((await page.request.post("/report", { multipart: first, maxRedirects: 0, headers: { origin } })).status()).toBe(303);
    await page.goto("/report/confirmation");
    const reference = await readReference(page);

    const changed = await page.request.post("/report", { multipart: { ...first, region: "cleveland" }, maxRedirects: 0, headers: { origin } });
    expect(changed.status()).toBe(200);
    const html = await changed.text();
    expect(html).toContain(`You have already sent a report from this page. Its reference is ${reference}.`);
    const newKey = hiddenFields(html).idempotencyKey;
    expect(newKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(newKey).not.toBe(hidden.idempotencyKey);
    expect(await reportsWithKey(hidden.idempotencyKey!)).toBe(1);
  });
});
