// npm run user:create -- --email E --role R [--name N]
// The password is read from a hidden prompt or from standard input, never from a flag.
import { createUser } from "@/lib/server/users";
import { parseArgs, runCommand } from "./lib/run-command";
import { readSecret } from "./lib/read-secret";

await runCommand("user:create", async (db) => {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("password")) throw new Error("do not pass a password as a flag: type it at the prompt or pipe it on stdin");
  const email = args.get("email");
  const role = args.get("role");
  if (typeof email !== "string" || typeof role !== "string") {
    throw new Error("usage: npm run user:create -- --email someone@force.police.uk --role analyst|supervisor|admin|press");
  }
  const name = args.get("name");
  const password = await readSecret("Password (12 characters or more): ");
  const user = await createUser(db.prisma, { email, role: role as never, name: typeof name === "string" ? name : undefined, password });
  console.log(`created ${user.role} ${user.email}`);
});
