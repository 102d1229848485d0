import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The CLI (scripts/tag.ts) as other tools use it: a separate process, JSON
// Lines in, one JSON object per line out, in order, exit code 0.
const root = fileURLToPath(new URL("../../", import.meta.url));

function runTag(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/tag.ts"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("npm run tag", () => {
  it("answers every line in order and survives malformed ones", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: "Automated call: your Amazon Prime renews for £79.99, press 1 to cancel" }),
      "this is not json",
      JSON.stringify({ id: "b" }),
      JSON.stringify({ id: "c", text: "Royal Mail: pay £1.45 at royalmail-fee[.]com", channel: "sms" }),
    ];
    const { code, stdout } = await runTag(`${lines.join("\n")}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: "a", script: "renewal", tactics: ["press-1"], channel: "automated-call", version: expect.any(String) });
    expect(out[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: "b", error: expect.any(String) });
    expect(out[3]).toMatchObject({ id: "c", script: "delivery", channel: "sms", domains: ["royalmail-fee.com"] });
  }, 60_000);

  it("streams many lines", async () => {
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `report ${i}: text from evri about a parcel` })).join("\n");
    const { code, stdout } = await runTag(input);
    expect(code).toBe(0);
    const ids = stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  }, 60_000);
});
