import "../staff.css";
import { SiteFrame } from "@/components/site-frame";
import { StaffNav } from "@/components/staff-nav";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { signOutAction } from "./actions";

// Navigation only: a layout does not guard anything (pages and actions check roles themselves).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <SiteFrame>
      {user && <StaffNav role={user.role} email={user.email} signOut={signOutAction} />}
      {children}
    </SiteFrame>
  );
}
