// The data-access entry point: the only module that creates Prisma clients.
// DATABASE_URL set -> PostgreSQL through @prisma/adapter-pg (never a silent fallback).
// Unset -> the embedded PGlite in <DATA_DIR>/pglite: through the loopback socket of the
// process that serves it when one is running, else opened in this process.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { acquireLock, findRunningHost, pgliteDir } from "./embedded";
import { describeDatabaseUrl, env, type Env } from "./env";
import { openPgSession, pgliteSession, type SqlSession } from "./sql-session";

export type DbKind = "postgres" | "pglite";

export interface Database {
  prisma: PrismaClient;
  kind: DbKind;
  /** Where it is, without secrets: for messages and /api/health. */
  location: string;
  /** The connection string, when this is a connection to a server (not in-process PGlite). */
  url?: string;
  /** A raw session for migrations and advisory locks; close it when done. */
  session(): Promise<SqlSession>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export type DbTarget =
  | { type: "url"; url: string; kind: DbKind }
  | { type: "pglite-dir"; dir: string; dataDir: string }
  | { type: "pglite"; db: PGlite };

export async function resolveTarget(e: Env = env()): Promise<DbTarget> {
  if (e.DATABASE_URL) return { type: "url", url: e.DATABASE_URL, kind: "postgres" };
  if (e.SCAMPULSE_EMBEDDED_URL) return { type: "url", url: e.SCAMPULSE_EMBEDDED_URL, kind: "pglite" };
  const running = await findRunningHost(e.DATA_DIR);
  if (running) return { type: "url", url: running, kind: "pglite" };
  return { type: "pglite-dir", dir: pgliteDir(e.DATA_DIR), dataDir: e.DATA_DIR };
}

export async function openDatabase(target?: DbTarget): Promise<Database> {
  const t = target ?? (await resolveTarget());
  if (t.type === "url") return openUrl(t.url, t.kind);
  if (t.type === "pglite") return wrapPglite(t.db, "memory", () => Promise.resolve());
  const release = acquireLock(t.dataDir);
  try {
    const db = await PGlite.create(t.dir);
    return wrapPglite(db, path.relative(process.cwd(), t.dir) || t.dir, async () => {
      await db.close();
      release();
    });
  } catch (err) {
    release();
    throw err;
  }
}

async function openUrl(url: string, kind: DbKind): Promise<Database> {
  const location = kind === "pglite" ? `embedded (${describeDatabaseUrl(url)})` : describeDatabaseUrl(url);
  // Fail fast with the host named, rather than on the first page view.
  try {
    const probe = await openPgSession(url);
    await probe.close();
  } catch (err) {
    throw new DatabaseUnavailableError(
      `Cannot connect to the ${kind === "postgres" ? "PostgreSQL server" : "embedded database"} at ${location}: ${
        (err as Error).message
      }`,
    );
  }
  const adapter = new PrismaPg({
    connectionString: url,
    max: kind === "pglite" ? 4 : 10,
    connectionTimeoutMillis: 5_000,
  });
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind,
    location,
    url,
    session: () => openPgSession(url),
    close: () => prisma.$disconnect(),
  };
}

function wrapPglite(db: PGlite, location: string, onClose: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    prisma,
    kind: "pglite",
    location: `embedded (${location})`,
    session: async () => pgliteSession(db),
    async close() {
      await prisma.$disconnect();
      await onClose();
    },
  };
}

// One database per server process, opened on first use.
const globalForDb = globalThis as unknown as { scampulseDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!globalForDb.scampulseDb) {
    globalForDb.scampulseDb = openDatabase().catch((err) => {
      globalForDb.scampulseDb = undefined;
      throw err;
    });
  }
  return globalForDb.scampulseDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
