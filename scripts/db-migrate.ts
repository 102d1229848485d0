// npm run db:migrate: applies pending migrations to the configured database.
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { runCommand } from "./lib/run-command";

await runCommand("db:migrate", async (db) => {
  const session = await db.session();
  try {
    const result = await migrate(session, await readMigrations(MIGRATIONS_DIR), (l) => console.log(l));
    console.log(
      `${db.location}: ${result.applied.length} migration(s) applied, ${result.total} in total, database up to date.`,
    );
  } finally {
    await session.close();
  }
});
