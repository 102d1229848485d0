// Integration tests run on PostgreSQL when DATABASE_URL is set, else on embedded PGlite.
// Each file asks for its own fresh database (test/integration/helpers/test-db.ts).
export {};
