// Prisma CLI configuration (generate/validate/format only: migrations are applied by
// `npm run db:migrate`, see docs/decisions/001-own-migration-runner.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
