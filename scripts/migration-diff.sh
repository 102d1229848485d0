#!/usr/bin/env bash
# Writes the SQL for a new migration from the change to prisma/schema.prisma since HEAD:
#   scripts/migration-diff.sh add_something
# Prisma 7's CLI needs a native engine it cannot download here; Prisma 6.19's CLI diffs
# offline with its WebAssembly engine, so it is installed once into .data/tools. It still
# opens a connection: DIFF_DATABASE_URL, default the local server; nothing is changed there.
set -euo pipefail
name=${1:?usage: scripts/migration-diff.sh <snake_case_name>}
root=$(git rev-parse --show-toplevel)
tools="$root/.data/tools/prisma6"
if [ ! -x "$tools/node_modules/.bin/prisma" ]; then
  mkdir -p "$tools" && (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund prisma@6.19 @prisma/adapter-pg@6.19 >/dev/null)
fi
work=$(mktemp -d -p "$tools")
diff_url=${DIFF_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
git -C "$root" show HEAD:prisma/schema.prisma > "$work/old.prisma"
cp "$root/prisma/schema.prisma" "$work/new.prisma"
trap 'rm -rf "$work"' EXIT
for f in "$work/old.prisma" "$work/new.prisma"; do
  sed -i 's/provider *= "prisma-client"/provider = "prisma-client-js"/; /^ *runtime *=/d; /^ *moduleFormat *=/d; /^ *output *=/d' "$f"
  sed -i "s|^  provider = \"postgresql\"\$|  provider = \"postgresql\"\n  url = \"$diff_url\"|" "$f"
done
cat > "$work/prisma.config.ts" <<CFG
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({ experimental: { adapter: true }, engine: "js", schema: "new.prisma",
  adapter: async () => new PrismaPg({ connectionString: "$diff_url" }) });
CFG
dir="$root/prisma/migrations/$(date -u +%Y%m%d%H%M%S)_$name"
mkdir -p "$dir"
(cd "$work" && PRISMA_QUERY_ENGINE_LIBRARY=$(command -v node) PRISMA_SCHEMA_ENGINE_BINARY=$(command -v node) \
  "$tools/node_modules/.bin/prisma" migrate diff --from-schema-datamodel old.prisma --to-schema-datamodel new.prisma --script) > "$dir/migration.sql"
echo "wrote $dir/migration.sql ($(wc -l < "$dir/migration.sql") lines); review it, then npm run db:migrate"
