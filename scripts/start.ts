// npm start [-- --demo] [-- --reports N] | npm run dev
// One command from a fresh clone to a running app: generates the Prisma client if missing,
// opens the database (serving the embedded one to other processes), migrates, seeds,
// builds if sources changed, then runs Next.js and prints where to go.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { needsBuild } from "./lib/build-state";
import { parseArgs } from "./lib/run-command";

const root = process.cwd();
const args = parseArgs(process.argv.slice(2));
const dev = args.has("dev");

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env) {
  const res = spawnSync(cmd, argv, { stdio: "inherit", env, cwd: root });
  if (res.status !== 0) throw new Error(`${[cmd, ...argv].join(" ")} failed`);
}

if (!existsSync(path.join(root, "lib/generated/prisma/client.ts"))) {
  run(process.execPath, ["scripts/prisma-generate.mjs"]);
}

// Imported after generation: these modules load the generated client.
const { env } = await import("@/lib/server/env");
const { resolveAuthSecret } = await import("@/lib/server/secret");
const { openDatabase } = await import("@/lib/server/db");
const { startEmbeddedHost } = await import("@/lib/server/embedded");
const { migrate, readMigrations, MIGRATIONS_DIR } = await import("@/lib/server/migrate");
const { seed, isEmpty } = await import("@/lib/server/seed/seed");
const { DEMO_USERS, DEMO_PASSWORD } = await import("@/lib/server/users");
const { startWorker } = await import("@/lib/server/jobs/worker");

const e = env();
const production = process.env.NODE_ENV === "production";
const { secret, generated } = resolveAuthSecret(e, production);
const embedded = e.DATABASE_URL ? undefined : await startEmbeddedHost(e.DATA_DIR);
let child: ChildProcess | undefined;
let stopWorker: (() => Promise<void>) | undefined;
let closeDb: (() => Promise<void>) | undefined;

async function shutdown(code: number) {
  if (child && child.exitCode === null) child.kill("SIGTERM");
  await stopWorker?.().catch(() => {});
  await closeDb?.().catch(() => {});
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const db = await openDatabase(
    embedded ? { type: "url", url: embedded.url, kind: "pglite" } : { type: "url", url: e.DATABASE_URL!, kind: "postgres" },
  );
  const session = await db.session();
  try {
    const result = await migrate(session, await readMigrations(MIGRATIONS_DIR), (l) => console.log(`[db] ${l}`));
    console.log(`[db] ${db.location}: ${result.total} migration(s) applied`);
  } finally {
    await session.close();
  }
  // Demo data: on a brand-new embedded database, or a brand-new one when asked for.
  const loadDemo = (!!embedded || args.has("demo")) && (await isEmpty(db.prisma));
  await seed(db.prisma, {
    demo: loadDemo,
    reports: Number(args.get("reports") ?? 5_000),
    seed: Number(args.get("seed") ?? 1),
    now: new Date(),
    log: (l) => console.log(`[seed] ${l}`),
    parallel: db.url ? { url: db.url, kind: db.kind } : undefined,
  });
  const demo = (await db.prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })) > 0;
  closeDb = () => db.close();
  if (e.SCAMPULSE_WORKER === "on") {
    const worker = await startWorker(db, (l) => console.log(l));
    stopWorker = () => worker.stop();
  }

  if (!dev && needsBuild(root)) {
    console.log("[build] building the app (first start or sources changed)...");
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  }

  const port = String(e.PORT);
  const url = e.NEXTAUTH_URL ?? `http://localhost:${port}`;
  child = spawn(process.execPath, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", port], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      ...(embedded ? { SCAMPULSE_EMBEDDED_URL: embedded.url } : {}),
    },
  });
  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in|started server|Local:/.test(chunk.toString())) {
      announced = true;
      console.log(`\nScamPulse is running at ${url}`);
      console.log(`Database: ${embedded ? `embedded PGlite in ${path.join(e.DATA_DIR, "pglite")}` : "PostgreSQL"}`);
      if (generated && e.DATABASE_URL) console.log("Warning: using a generated NEXTAUTH_SECRET; set one in production.");
      if (demo) {
        console.log(`Demo sign-ins (demo data only), password "${DEMO_PASSWORD}":`);
        for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email}`);
      }
    }
  });
  child.on("exit", (code) => void shutdown(code ?? 1));
} catch (err) {
  console.error(`\nScamPulse could not start: ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
}
