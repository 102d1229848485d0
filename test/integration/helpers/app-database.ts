// Points the app's own data-access entry (lib/server/db.ts getDatabase) at a test database,
// so route handlers and server code can be called exactly as Next.js calls them.
import type { Database } from "@/lib/server/db";

export function useDatabaseForApp(db: Database): void {
  (globalThis as unknown as { scampulseDb?: Promise<Database> }).scampulseDb = Promise.resolve(db);
}
