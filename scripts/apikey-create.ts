// npm run apikey:create -- --name "Example Bank"   create a partner API key (printed once)
// npm run apikey:create -- --revoke sp_xxxxxxxx    revoke a key by its prefix
// npm run apikey:create -- --list                  list keys: name, prefix, created, last used, revoked
// Only a hash and the prefix are stored (lib/server/intake/api-keys.ts); a lost key is
// revoked and replaced, never recovered.
import { createApiClient, listApiClients, revokeApiClient } from "@/lib/server/intake/api-keys";
import { parseArgs, runCommand } from "./lib/run-command";

const USAGE = 'usage: npm run apikey:create -- --name "Partner name" | --revoke sp_xxxxxxxx | --list';

await runCommand("apikey:create", async (db) => {
  const args = parseArgs(process.argv.slice(2));
  const name = args.get("name");
  const revoke = args.get("revoke");
  if (args.has("list")) {
    const rows = await listApiClients(db.prisma);
    if (rows.length === 0) console.log("no API keys");
    for (const r of rows) {
      const used = r.lastUsedAt ? `last used ${r.lastUsedAt.toISOString()}` : "never used";
      console.log(`${r.keyPrefix}  ${r.name}  created ${r.createdAt.toISOString()}  ${used}${r.revokedAt ? `  REVOKED ${r.revokedAt.toISOString()}` : ""}`);
    }
    return;
  }
  if (typeof revoke === "string") {
    const client = await revokeApiClient(db.prisma, revoke, new Date());
    if (!client) throw new Error(`no API key with the prefix ${revoke}`);
    console.log(`revoked ${client.keyPrefix} (${client.name}); requests with it now get 401`);
    return;
  }
  if (typeof name !== "string") throw new Error(USAGE);
  const { key, client } = await createApiClient(db.prisma, name);
  console.log(`created an API key for ${client.name} (prefix ${client.keyPrefix}).`);
  console.log("Give it to the partner now: it is shown this once and cannot be recovered.");
  console.log("");
  console.log(key);
  console.log("");
  console.log(`Use it as:  Authorization: Bearer ${client.keyPrefix}_...   Revoke with: npm run apikey:create -- --revoke ${client.keyPrefix}`);
});
