// Staff accounts. Passwords never arrive on a command line (see scripts/user-create.ts).
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { ROLES, type Role } from "../domain/roles";
import { hashPassword } from "./password";

export const newUserSchema = z.object({
  email: z.email("must be an email address").transform((s) => s.toLowerCase()),
  role: z.enum(ROLES, { error: `must be one of: ${ROLES.join(", ")}` }),
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(12, "must be at least 12 characters").max(200),
});

export type NewUser = z.input<typeof newUserSchema>;

export async function createUser(prisma: PrismaClient, input: NewUser) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; "));
  }
  const user = parsed.data;
  const existing = await prisma.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing) throw new Error(`a user with the email ${user.email} already exists`);
  return prisma.user.create({
    data: { email: user.email, role: user.role, name: user.name, passwordHash: await hashPassword(user.password) },
    select: { id: true, email: true, role: true },
  });
}

export const DEMO_PASSWORD = "scampulse-demo";
export const DEMO_USERS: { email: string; role: Role; name: string }[] = [
  { email: "analyst@example.org", role: "analyst", name: "Demo Analyst" },
  { email: "supervisor@example.org", role: "supervisor", name: "Demo Supervisor" },
  { email: "admin@example.org", role: "admin", name: "Demo Admin" },
  { email: "press@example.org", role: "press", name: "Demo Press Officer" },
];

/** Creates the demo accounts that do not exist yet; returns how many it created. */
export async function ensureDemoUsers(prisma: PrismaClient): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const res = await prisma.user.createMany({
    data: DEMO_USERS.map((u) => ({ ...u, passwordHash })),
    skipDuplicates: true,
  });
  return res.count;
}
