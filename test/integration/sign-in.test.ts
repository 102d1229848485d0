import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FREE_ATTEMPTS } from "@/lib/domain/lockout";
import { signInWithPassword } from "@/lib/server/auth/password-sign-in";
import { createUser } from "@/lib/server/users";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await createUser(db.prisma, { email: "Ana@Force.example", role: "analyst", password: "correct horse battery" });
});
afterAll(async () => db?.drop());

const actions = async () => (await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);

describe(`password sign-in on ${backend}`, () => {
  it("accepts the right password, whatever the case of the email, and audits it", async () => {
    const r = await signInWithPassword(db.prisma, " ana@force.EXAMPLE ", "correct horse battery");
    expect(r.ok).toBe(true);
    expect(await actions()).toContain("sign-in");
  });

  it("says the same thing for an unknown email and a wrong password", async () => {
    const unknown = await signInWithPassword(db.prisma, "nobody@force.example", "whatever");
    const wrong = await signInWithPassword(db.prisma, "ana@force.example", "wrong");
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account with back-off after repeated failures, even for the right password", async () => {
    const now = new Date("2026-11-01T10:00:00Z");
    let last;
    for (let i = 1; i < FREE_ATTEMPTS + 1; i++) last = await signInWithPassword(db.prisma, "ana@force.example", "wrong", now);
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    const locked = await signInWithPassword(db.prisma, "ana@force.example", "correct horse battery", now);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    // After the lock expires, the right password works and resets the count.
    const later = new Date(now.getTime() + 2 * 60_000);
    expect((await signInWithPassword(db.prisma, "ana@force.example", "correct horse battery", later)).ok).toBe(true);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "ana@force.example" } });
    expect(user.failedLogins).toBe(0);
    expect(await actions()).toEqual(expect.arrayContaining(["sign-in.failed", "sign-in.locked"]));
  });

  it("refuses a disabled account", async () => {
    await db.prisma.user.update({ where: { email: "ana@force.example" }, data: { disabledAt: new Date() } });
    expect(await signInWithPassword(db.prisma, "ana@force.example", "correct horse battery")).toEqual({ ok: false, reason: "invalid" });
  });
});
