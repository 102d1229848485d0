// The embedded database may be opened by one process only; the app serves it to the
// commands run beside it, so a newcomer never meets a "database is locked" error.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLock, startEmbeddedHost, type EmbeddedHost } from "@/lib/server/embedded";

const dataDir = mkdtempSync(path.join(tmpdir(), "scampulse-embedded-"));
const childEnv = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };

// Asynchronous on purpose: the host lives in this process and must keep answering.
function runScript(script: string, args: string[] = [], input?: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: childEnv });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out }));
    child.stdin.end(input ?? "");
  });
}

let host: EmbeddedHost | undefined;
beforeAll(async () => {
  host = await startEmbeddedHost(dataDir);
});
afterAll(async () => {
  await host?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("embedded database shared by the app and the commands", () => {
  it("commands run while the host is up go through its socket", async () => {
    const migrated = await runScript("scripts/db-migrate.ts");
    expect(migrated.out).toContain("embedded (127.0.0.1:");
    expect(migrated.code).toBe(0);

    const created = await runScript("scripts/user-create.ts", ["--email", "Kim@Example.org", "--role", "analyst"], "a-long-enough-password\n");
    expect(created.out).toContain("created analyst kim@example.org");
    expect(created.code).toBe(0);
  });

  it("the host sees what the command wrote", async () => {
    const rows = await host!.db.query<{ email: string; role: string }>(`SELECT email, role::text AS role FROM app_user`);
    expect(rows.rows).toEqual([{ email: "kim@example.org", role: "analyst" }]);
  });

  it("a second process cannot open the folder directly while the host holds it", () => {
    const res = spawnSync(
      process.execPath,
      ["--import", "tsx", "-e", `import("./lib/server/embedded.ts").then(m => { try { m.acquireLock(${JSON.stringify(dataDir)}); console.log("TOOK LOCK"); } catch (e) { console.log(e.name); } })`],
      { env: childEnv, encoding: "utf8" },
    );
    expect(res.stdout).toContain("EmbeddedDatabaseBusyError");
    expect(res.stdout).not.toContain("TOOK LOCK");
  });

  it("rejects bad input to a command with a reason and a non-zero exit", async () => {
    const res = await runScript("scripts/user-create.ts", ["--email", "not-an-email", "--role", "chief"], "short\n");
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/email must be an email address/);
    expect(res.out).toMatch(/role must be one of/);
  });

  it("after the host stops, a command opens the folder itself, even past a stale lock", async () => {
    await host!.stop();
    host = undefined;
    writeFileSync(path.join(dataDir, "pglite.lock"), "999999");
    const res = await runScript("scripts/db-migrate.ts");
    expect(res.out).toContain("embedded (");
    expect(res.out).toContain("0 migration(s) applied");
    expect(res.code).toBe(0);
    // And it let go of the folder when it finished: taking the lock now must not throw.
    expect(() => acquireLock(dataDir)()).not.toThrow();
  });
});
