// Helpers for the report journeys: a distinct client per test (the e2e server trusts one
// proxy, so X-Forwarded-For names the client and each test has its own rate-limit
// allowance), filling the form as a person would, and reading the confirmation.
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

let counter = 0;
/** A documentation-range address unique to this test run and call. */
export function uniqueClient(): string {
  counter += 1;
  const n = (process.pid * 97 + Date.now() + counter * 7919) % 65_000;
  return `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}

export async function asNewClient(page: Page): Promise<string> {
  const ip = uniqueClient();
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  return ip;
}

export const NARRATIVE_EN =
  "An automated call said it was Amazon and my Prime membership would renew for £79.99 today. I pressed 1 and a man asked me to read out my card number.";
export const NARRATIVE_CY =
  "Cefais alwad awtomatig yn dweud mai Amazon oedd yno a bod fy aelodaeth Prime yn adnewyddu am £79.99 heddiw. Gwasgais 1 a gofynnodd dyn am fy rhif cerdyn.";

/** The two required answers, by their visible labels. */
export async function fillRequired(page: Page, opts: { narrative: string; narrativeLabel?: RegExp; regionLabel?: RegExp; region: string }) {
  await page.getByLabel(opts.narrativeLabel ?? /What happened\?/).fill(opts.narrative);
  await page.getByLabel(opts.regionLabel ?? /^Where do you live\?/).selectOption({ label: opts.region });
}

export async function submitReport(page: Page, name: RegExp = /Send report/) {
  await page.getByRole("button", { name }).click();
}

export async function readReference(page: Page): Promise<string> {
  const ref = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(ref).toMatch(/^SP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return ref;
}

/** Fails the test if the page is wider than the viewport (no sideways scrolling at 320 px). */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "page width").toBeLessThanOrEqual(client);
}

/**
 * axe on the page as it is. axe runs inside the page, which a context without JavaScript
 * refuses; there the page's HTML (scripts removed, as that browser saw it) is checked in a
 * scratch JavaScript-enabled page instead, with the same styles.
 */
export async function expectAccessible(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) return expectNoAxeViolations(page);
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const origin = new URL(page.url()).origin;
  const browser = page.context().browser()!;
  const scratch = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    const copy = await scratch.newPage();
    await copy.route("**/*", (route) => (["stylesheet", "font"].includes(route.request().resourceType()) ? route.continue() : route.abort()));
    await copy.setContent(html.replace(/<head>/i, `<head><base href="${origin}/">`), { waitUntil: "load" });
    await expectNoAxeViolations(copy);
  } finally {
    await scratch.close();
  }
}
