// Shared wrapper for the npm commands: opens the database the app would use (see
// lib/server/db.ts), runs the body, prints a clear one-line reason on failure, closes.
import { openDatabase, type Database } from "@/lib/server/db";

export async function runCommand(name: string, body: (db: Database) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    db = await openDatabase();
    await body(db);
  } catch (err) {
    console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    await db?.close().catch(() => {});
  }
}

/** Reads `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) out.set(key, inline);
    else if (next !== undefined && !next.startsWith("--")) {
      out.set(key, next);
      i++;
    } else out.set(key, true);
  }
  return out;
}
