// Authorisation where data is read: every staff page, server action and route handler
// calls one of these. The proxy only redirects optimistically; these are the real checks.
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "../../domain/permissions";
import { getCurrentUser, type SessionUser } from "./current-user";

/** For pages and server actions: sign-in page when signed out, 403 when not allowed. */
export async function requireUser(permission?: Permission, returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}

/** For route handlers: the user, or the 401/403 response to return. */
export async function authorizeRequest(permission: Permission): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (!can(user.role, permission)) return Response.json({ error: "Your role does not allow this." }, { status: 403 });
  return user;
}
