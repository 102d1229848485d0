// next-auth configuration. Staff sign in with email and password through our own server
// action (lib/server/auth/password-sign-in.ts), which issues next-auth's JWT session cookie;
// an OpenID Connect provider (e.g. Microsoft Entra ID) is added when AUTH_OIDC_* are set.
// Either way the role comes from our user table, never from the identity provider.
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getPrisma } from "../db";
import { env } from "../env";
import { authSecret, SESSION_MAX_AGE_S } from "./config";

interface OidcProfile {
  sub: string;
  email?: string;
  preferred_username?: string;
  name?: string;
}

function oidcProviders(): OAuthConfig<OidcProfile>[] {
  const e = env();
  if (!e.AUTH_OIDC_ISSUER || !e.AUTH_OIDC_CLIENT_ID || !e.AUTH_OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.AUTH_OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.AUTH_OIDC_CLIENT_ID,
      clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (p) => ({ id: p.sub, email: (p.email ?? p.preferred_username ?? "").toLowerCase(), name: p.name ?? null }),
    },
  ];
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: oidcProviders(),
    callbacks: {
      // An identity-provider sign-in is accepted only for an existing, enabled account.
      async signIn({ user }) {
        if (!user.email) return false;
        const prisma = await getPrisma();
        const found = await prisma.user.findUnique({ where: { email: user.email.toLowerCase() } });
        return !!found && !found.disabledAt;
      },
      async jwt({ token, user }) {
        if (user?.email && !token.uid) {
          const prisma = await getPrisma();
          const found = await prisma.user.findUnique({ where: { email: user.email.toLowerCase() } });
          if (found) Object.assign(token, { uid: found.id, sv: found.sessionVersion });
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv } as typeof session;
      },
    },
  };
}
