import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/guard";
import { signOutEverywhereAction } from "../actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser(undefined, "/account");
  return (
    <>
      <h1>Your account</h1>
      <dl className="summary-list">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <h2>Sign out everywhere</h2>
      <p>Ends your sessions on every device, for example if you left yourself signed in on a shared computer.</p>
      <form action={signOutEverywhereAction}>
        <button type="submit" className="button button-secondary">
          Sign out everywhere
        </button>
      </form>
    </>
  );
}
