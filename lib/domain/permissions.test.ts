import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, rolesWith } from "./permissions";
import { ROLES } from "./roles";

describe("permissions", () => {
  it("a supervisor can do everything an analyst can", () => {
    for (const p of PERMISSIONS) if (can("analyst", p)) expect(can("supervisor", p), p).toBe(true);
  });

  it("only supervisors see reporter contact details and approve advisories", () => {
    expect(rolesWith("contact.view")).toEqual(["supervisor"]);
    expect(rolesWith("advisories.approve")).toEqual(["supervisor"]);
  });

  it("press officers only see and export advisories", () => {
    expect(PERMISSIONS.filter((p) => can("press", p))).toEqual(["advisories.view", "advisories.export"]);
  });

  it("only admins manage users, API keys and imports", () => {
    for (const p of ["users.manage", "apikeys.manage", "imports.run"] as const) expect(rolesWith(p)).toEqual(["admin"]);
  });

  it("every role has at least one permission", () => {
    for (const r of ROLES) expect(PERMISSIONS.some((p) => can(r, p)), r).toBe(true);
  });
});
