import { defineConfig } from "drizzle-kit";

// PostgreSQL's migrations, generated from the tables derived from db/schema.ts (db/schema-pg.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations/pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/lab" },
});
