// Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's, else the one
// Playwright downloaded. None found is an error with the fix, never a silent skip.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    "No Chromium for the end-to-end tests. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) " +
      "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

// Flags that keep Chromium quiet on a machine without internet access.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
