"use server";

import { redirect } from "next/navigation";
import { audit } from "@/lib/server/audit";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { clearSessionCookie } from "@/lib/server/auth/session-cookie";
import { getPrisma } from "@/lib/server/db";

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await audit(await getPrisma(), { userId: user.id, action: "sign-out", entityType: "user", entityId: user.id });
  await clearSessionCookie();
  redirect("/sign-in");
}

/** Ends every session of this user, on every device, by bumping the session version. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    const prisma = await getPrisma();
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await audit(prisma, { userId: user.id, action: "sign-out.everywhere", entityType: "user", entityId: user.id });
  }
  await clearSessionCookie();
  redirect("/sign-in");
}
