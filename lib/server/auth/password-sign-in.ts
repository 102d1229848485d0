// Email + password sign-in with lockout and back-off (lib/domain/lockout.ts). Every
// attempt is audited; the answer never says whether the email exists.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Role } from "../../domain/roles";
import { lockedUntilAfter } from "../../domain/lockout";
import { audit } from "../audit";
import { verifyPassword } from "../password";

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  sessionVersion: number;
}

export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

// Verifying against a fixed hash when the email is unknown keeps the timing the same.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$DtzeyfN+oK9J7tWXS+tDJA$BSA+lImTfzc6kwMKLvEFMEHB4VGPoKVMhpWYMXAyLN4";

export async function signInWithPassword(
  prisma: PrismaClient,
  emailInput: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || user.disabledAt) {
    await verifyPassword(DUMMY_HASH, password);
    await audit(prisma, { action: "sign-in.failed", details: { email, reason: user ? "disabled" : "unknown" } });
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await audit(prisma, { userId: user.id, action: "sign-in.locked", entityType: "user", entityId: user.id });
    return { ok: false, reason: "locked", until: user.lockedUntil };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const lockedUntil = lockedUntilAfter(failures, now);
    await prisma.user.update({ where: { id: user.id }, data: { failedLogins: failures, lockedUntil } });
    await audit(prisma, { userId: user.id, action: "sign-in.failed", entityType: "user", entityId: user.id, details: { failures } });
    return lockedUntil ? { ok: false, reason: "locked", until: lockedUntil } : { ok: false, reason: "invalid" };
  }
  await prisma.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
  await audit(prisma, { userId: user.id, action: "sign-in", entityType: "user", entityId: user.id });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
