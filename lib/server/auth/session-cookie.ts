// Issues and clears next-auth's session cookie from our own server actions, so sign-in
// works as a plain form post (no JavaScript, no separate CSRF token: server actions
// already refuse cross-origin posts).
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { authSecret, SESSION_MAX_AGE_S, sessionCookie } from "./config";
import type { SignedInUser } from "./password-sign-in";

export async function setSessionCookie(user: SignedInUser): Promise<void> {
  const token = await encode({
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_S,
    token: { sub: user.id, email: user.email, name: user.name, uid: user.id, sv: user.sessionVersion },
  });
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, token, { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE_S });
}

export async function clearSessionCookie(): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, "", { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: 0 });
}
