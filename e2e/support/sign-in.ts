import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/domain/roles";

export const DEMO_PASSWORD = "scampulse-demo";

/** Signs in through the real form, as a person would. */
export async function signInAs(page: Page, role: Role) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(`${role}@example.org`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
