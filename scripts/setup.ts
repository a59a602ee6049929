// Prepares a data directory: secrets (generated on first run), migrations, demo users.
// Idempotent: `npm start` runs it every time.
import { closeDb, getDb } from "@/db/client";
import { seedDemoUsers } from "@/lib/lab/demo-seed";
import { config } from "@/config";
import { getSecrets } from "@/config/secrets";

async function main(): Promise<void> {
  getSecrets();
  getDb(); // opening the database applies pending migrations
  const created = await seedDemoUsers();
  closeDb();
  const seeded = created.length > 0 ? `seeded ${created.join(", ")}` : "demo users already present";
  console.log(`Data ready in ${config.dataDir} (database ${config.databasePath}; ${seeded}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
