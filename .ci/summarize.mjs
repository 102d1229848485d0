// Adds up the Vitest and Playwright result lines in the given logs into one closing line.
import { readFileSync } from "node:fs";

const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");
let passed = 0, failed = 0, skipped = 0;
for (const file of process.argv.slice(2)) {
  for (const line of strip(readFileSync(file, "utf8")).split("\n")) {
    // Vitest: "      Tests  2 failed | 40 passed | 1 skipped (43)"
    const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (vitest) {
      for (const [, n, what] of vitest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
        if (what === "passed") passed += +n;
        else if (what === "failed") failed += +n;
        else skipped += +n;
      }
      continue;
    }
    // Playwright: "  12 passed (30.1s)", "  1 failed", "  2 skipped", "  1 flaky"
    const pw = /^\s+(\d+) (passed|failed|skipped|flaky|did not run)( \(.*\))?\s*$/.exec(line);
    if (pw) {
      if (pw[2] === "passed") passed += +pw[1];
      else if (pw[2] === "skipped" || pw[2] === "did not run") skipped += +pw[1];
      else failed += +pw[1];
    }
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
