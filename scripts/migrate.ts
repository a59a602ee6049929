// Applies pending drizzle migrations to the configured database.
import { closeDb, getDb } from "@/db/client";
import { config } from "@/config";

try {
  getDb(); // opening the database applies pending migrations
  closeDb();
  console.log(`Migrations applied to ${config.databasePath}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
