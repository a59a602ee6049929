// Applies pending drizzle migrations to the configured database (SQLite's file, or PostgreSQL's
// when DATABASE_URL is set).
import { closeDb, databaseKind, migrateDatabase } from "@/db/client";
import { config } from "@/config";

async function main(): Promise<void> {
  await migrateDatabase(); // SQLite's are applied as it opens; PostgreSQL's here
  await closeDb();
  const where = databaseKind() === "sqlite" ? config.databasePath : "PostgreSQL (DATABASE_URL)";
  console.log(`Migrations applied to ${where}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
