import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  webServer: {
    // A fresh embedded database (or the PostgreSQL named by DATABASE_URL) with demo data.
    command: `rm -rf .data/e2e-${port} && npm start -- --demo --reports 1500`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: `.data/e2e-${port}`,
      NEXT_DIST_DIR: `.next-e2e-${port}`,
      NEXTAUTH_URL: baseURL,
      // Report journeys pose as distinct clients through X-Forwarded-For (e2e/support/report.ts),
      // so the low limits below only bite in the rate-limit journey; a small proof-of-work keeps them quick.
      TRUST_PROXY: "1",
      RATE_LIMIT_FORM: "4/1h",
      RATE_LIMIT_FORM_NO_POW: "3/1h",
      POW_MAX_NUMBER: "5000",
    },
  },
});
