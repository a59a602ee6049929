// The PostgreSQL project (vitest.config.ts): each test file gets a database of its own on the
// private server (lib/test/postgres-global-setup.ts), migrated, and set in DATABASE_URL before
// config/env.ts reads the environment — the same files, run against the other dialect. Nothing
// of the app is imported here: a test file's own mocks (of the settings) must still apply.
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { inject } from "vitest";
import { createDatabase } from "../../scripts/postgres.mjs";

const name = `lab_test_${crypto.randomBytes(6).toString("hex")}`;
const url = await createDatabase(inject("postgresUrl"), name);
const pool = new pg.Pool({ connectionString: url, max: 1 });
await migrate(drizzle(pool), { migrationsFolder: path.resolve("db/migrations/pg") });
await pool.end();
process.env.DATABASE_URL = url;
