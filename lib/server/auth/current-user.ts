// The signed-in user for this request, checked against the database every time: a
// disabled account, a changed role or "sign out everywhere" take effect at once.
import { cache } from "react";
import { getServerSession } from "next-auth";
import type { Role } from "../../domain/roles";
import { getPrisma } from "../db";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: session.uid },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
