// Decides whether `next build` must run: no build yet, or a source file newer than it.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const WATCHED = ["app", "components", "lib", "next.config.js", "package.json", "prisma/schema.prisma", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(p)) {
    if (SKIP.has(entry) || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function needsBuild(root: string): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return WATCHED.some((p) => newestMtime(path.join(root, p)) > built);
}
