import type { Metadata } from "next";
import "../staff.css";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { landingPath, safeReturnPath } from "@/lib/domain/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Staff sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(landingPath(user.role));
  const oidc = !!env().AUTH_OIDC_ISSUER;
  return (
    <div className="narrow">
      <h1>Sign in to ScamPulse</h1>
      <p>For police and partner staff. If you want to report a scam, you do not need to sign in.</p>
      <SignInForm next={safeReturnPath(next ?? "") ?? ""} />
      {oidc && (
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next-auth's endpoint, not a page */}
          <a href="/api/auth/signin/oidc">Sign in with {env().AUTH_OIDC_NAME}</a>
        </p>
      )}
    </div>
  );
}
