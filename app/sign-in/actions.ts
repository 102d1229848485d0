"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getPrisma } from "@/lib/server/db";
import { signInWithPassword } from "@/lib/server/auth/password-sign-in";
import { setSessionCookie } from "@/lib/server/auth/session-cookie";
import { landingPath, safeReturnPath } from "@/lib/domain/navigation";

export interface SignInState {
  email: string;
  errors: { email?: string; password?: string; form?: string };
}

const schema = z.object({
  email: z.string().trim().min(1, "Enter your email address").email("Enter an email address like name@force.police.uk"),
  password: z.string().min(1, "Enter your password"),
});

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = schema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    const f = z.flattenError(parsed.error).fieldErrors;
    return { email, errors: { email: f.email?.[0], password: f.password?.[0] } };
  }
  const result = await signInWithPassword(await getPrisma(), parsed.data.email, parsed.data.password);
  if (!result.ok) {
    const form =
      result.reason === "locked"
        ? `Too many wrong passwords. Try again after ${result.until.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" })}, or ask an administrator.`
        : "The email address or password is not right.";
    return { email, errors: { form } };
  }
  await setSessionCookie(result.user);
  redirect(safeReturnPath(String(form.get("next") ?? "")) ?? landingPath(result.user.role));
}
