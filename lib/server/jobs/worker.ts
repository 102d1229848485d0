// Background jobs on pg-boss, a queue kept in PostgreSQL: any number of app instances can
// run a worker and each scheduled run is taken by exactly one of them. Runs inside
// `npm start` by default, or alone as `npm run worker` when scaled out.
import PgBoss from "pg-boss";
import type { Database } from "../db";
import { rollUpStats } from "../stats/roll-up-stats";
import { refreshSurgeAlerts } from "../surge/refresh-alerts";
import { retagStale } from "../tagging/retag";

export const SURGE_QUEUE = "surge-refresh";
/** Every 15 minutes, London time. */
export const SURGE_CRON = "*/15 * * * *";
export const RETAG_QUEUE = "retag-stale";

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(db: Database, log: (line: string) => void): Promise<Worker> {
  if (!db.url) throw new Error("the job worker needs a database server connection (DATABASE_URL, or the app's embedded host)");
  const boss = new PgBoss({ connectionString: db.url, schema: "pgboss", max: 2 });
  boss.on("error", (err: Error) => log(`[worker] ${err.message}`));
  await boss.start();
  await boss.createQueue(SURGE_QUEUE);
  await boss.schedule(SURGE_QUEUE, SURGE_CRON, {}, { tz: "Europe/London" });
  await boss.work(SURGE_QUEUE, async () => {
    // Finished days into the dashboard's daily table first (a no-op until midnight passes).
    const rolled = await rollUpStats(db.prisma, new Date());
    if (rolled.reports) log(`[worker] statistics rolled up to ${rolled.rolledUpTo}: ${rolled.reports} report(s)`);
    const { asOf, alerts } = await refreshSurgeAlerts(db.prisma, new Date());
    log(`[worker] surge alerts for ${asOf}: ${alerts}`);
  });
  await boss.createQueue(RETAG_QUEUE);
  await boss.work(RETAG_QUEUE, async () => {
    const { retagged, version } = await retagStale(db.prisma);
    if (retagged) log(`[worker] re-tagged ${retagged} report(s) with ${version}`);
  });
  // After an upgrade, reports tagged by the old classifier are re-tagged in the background.
  await boss.send(RETAG_QUEUE, {}, { singletonKey: "startup", singletonSeconds: 60 });
  // Fresh alerts at start-up rather than up to 15 minutes later; a singleton key keeps
  // several instances starting together from queueing it more than once.
  await boss.send(SURGE_QUEUE, {}, { singletonKey: "startup", singletonSeconds: 60 });
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
