// The embedded database (PGlite) lives in one folder that only one process may open.
// The process that opens it (normally `npm start`) serves it to the others over a
// loopback Postgres socket and says where in `<DATA_DIR>/pglite-server.json`; commands
// run while the app is up connect there instead of opening the folder a second time.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const pgliteDir = (dataDir: string) => path.resolve(dataDir, "pglite");
const lockFile = (dataDir: string) => path.resolve(dataDir, "pglite.lock");
const serverFile = (dataDir: string) => path.resolve(dataDir, "pglite-server.json");

export class EmbeddedDatabaseBusyError extends Error {
  override name = "EmbeddedDatabaseBusyError";
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number {
  try {
    return Number.parseInt(readFileSync(file, "utf8").trim(), 10);
  } catch {
    return NaN;
  }
}

/** Takes the folder's lock for this process, or says which live process holds it. */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(path.resolve(dataDir), { recursive: true });
  const file = lockFile(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (readPid(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = readPid(file);
      if (holder === process.pid || !isAlive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new EmbeddedDatabaseBusyError(
        `The embedded database in ${pgliteDir(dataDir)} is open in process ${holder}, which does not serve it to others. ` +
          `Stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
  }
  throw new EmbeddedDatabaseBusyError(`Could not take the lock ${file}.`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export const loopbackUrl = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

/** The loopback URL of a running embedded-database host for this folder, if there is one. */
export async function findRunningHost(dataDir: string): Promise<string | undefined> {
  const file = serverFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, "utf8")) as { pid: number; port: number };
    if (isAlive(info.pid) && (await canConnect(info.port))) return loopbackUrl(info.port);
  } catch {
    // A half-written or stale file: treat as no host.
  }
  return undefined;
}

export interface EmbeddedHost {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
}

/** Opens the folder and serves it on a free loopback port. */
export async function startEmbeddedHost(dataDir: string): Promise<EmbeddedHost> {
  const release = acquireLock(dataDir);
  try {
    const db = await PGlite.create(pgliteDir(dataDir));
    // The multiplexer keeps each client's transaction together (see docs/decisions/002).
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    const file = serverFile(dataDir);
    const fd = openSync(file, "w");
    writeSync(fd, JSON.stringify({ pid: process.pid, port }));
    closeSync(fd);
    let stopped = false;
    return {
      url: loopbackUrl(port),
      db,
      async stop() {
        if (stopped) return;
        stopped = true;
        rmSync(file, { force: true });
        await server.stop().catch(() => {});
        await db.close().catch(() => {});
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
