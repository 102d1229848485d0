// npm run tagging:retag: re-tags every report tagged by an older classifier version,
// keeping analyst overrides. The worker also runs this in the background after an upgrade.
import { retagStale } from "@/lib/server/tagging/retag";
import { runCommand } from "./lib/run-command";

await runCommand("tagging:retag", async (db) => {
  const started = Date.now();
  const { retagged, version } = await retagStale(db.prisma, {
    onBatch: (n) => console.log(`re-tagged ${n.toLocaleString("en-GB")}`),
  });
  console.log(`${retagged.toLocaleString("en-GB")} report(s) re-tagged with ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
