import Link from "next/link";
import { can, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/dashboard", label: "Dashboard", permission: "dashboard.view" },
  { href: "/dashboard/alerts", label: "Surge alerts", permission: "dashboard.view" },
  { href: "/admin/import", label: "Import reports", permission: "imports.run" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.view" },
];

export function StaffNav({ role, email, signOut }: { role: Role; email: string; signOut: () => Promise<void> }) {
  return (
    <nav className="staff-nav" aria-label="Staff">
      <ul>
        {LINKS.filter((l) => can(role, l.permission)).map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
        <li>
          <Link href="/account">Your account</Link>
        </li>
      </ul>
      <form action={signOut} className="staff-user">
        <span>
          {email} ({role})
        </span>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </nav>
  );
}
