// npm run db:seed [-- --demo [--reports N] [--seed S]]
// Regions always; demo users and N synthetic reports with --demo. Works while the app runs.
import { seed } from "@/lib/server/seed/seed";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/server/migrate";
import { parseArgs, runCommand } from "./lib/run-command";

await runCommand("db:seed", async (db) => {
  const args = parseArgs(process.argv.slice(2));
  const reports = Number(args.get("reports") ?? 5_000);
  const seedValue = Number(args.get("seed") ?? 1);
  if (!Number.isInteger(reports) || reports < 0) throw new Error("--reports must be a whole number");
  if (!Number.isInteger(seedValue)) throw new Error("--seed must be a whole number");
  const session = await db.session();
  try {
    await migrate(session, await readMigrations(MIGRATIONS_DIR));
  } finally {
    await session.close();
  }
  await seed(db.prisma, {
    demo: args.has("demo"),
    reports,
    seed: seedValue,
    now: new Date(),
    log: (l) => console.log(l),
    parallel: db.url ? { url: db.url, kind: db.kind } : undefined,
  });
});
