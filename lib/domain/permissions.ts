// Who may do what. The single source of truth for role checks: pages, server actions and
// route handlers all ask `can(role, permission)` (through lib/server/auth/guard.ts).
import type { Role } from "./roles";

export const PERMISSIONS = [
  "dashboard.view",
  "reports.view",
  "reports.triage",
  "tags.override",
  "contact.view",
  "cases.manage",
  "cases.reassign",
  "intel.view",
  "data.export",
  "advisories.view",
  "advisories.edit",
  "advisories.approve",
  "advisories.export",
  "users.manage",
  "apikeys.manage",
  "imports.run",
  "audit.view",
  "privacy.erase",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ANALYST: Permission[] = [
  "dashboard.view",
  "reports.view",
  "reports.triage",
  "tags.override",
  "cases.manage",
  "intel.view",
  "data.export",
  "advisories.view",
  "advisories.edit",
  "advisories.export",
];

const MATRIX: Record<Role, ReadonlySet<Permission>> = {
  analyst: new Set(ANALYST),
  // A supervisor can do all an analyst can, and approve, reassign and see contact details.
  supervisor: new Set<Permission>([...ANALYST, "contact.view", "advisories.approve", "cases.reassign", "audit.view"]),
  // An admin runs the system: accounts, keys, imports, the audit log, erasure requests.
  admin: new Set<Permission>([
    "dashboard.view",
    "reports.view",
    "users.manage",
    "apikeys.manage",
    "imports.run",
    "audit.view",
    "privacy.erase",
  ]),
  // Press officers see and export advisories once approved, nothing else.
  press: new Set<Permission>(["advisories.view", "advisories.export"]),
};

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].has(permission);
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(MATRIX) as Role[]).filter((r) => MATRIX[r].has(permission));
}
