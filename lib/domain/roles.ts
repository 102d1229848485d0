export const ROLES = ["analyst", "supervisor", "admin", "press"] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
