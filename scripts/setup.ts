// Prepares a data directory: secrets (generated on first run), migrations, demo users.
// Idempotent: `npm start` runs it every time. The operator's account is made by the server itself
// when it starts (lib/lab/operator.ts); a weak LAB_OPERATOR_PASSWORD is refused here already, before
// `npm start` spends a minute building.
import { closeDb, databaseKind, migrateDatabase } from "@/db/client";
import { seedDemoUsers } from "@/lib/lab/demo-seed";
import { config } from "@/config";
import { getSecrets } from "@/config/secrets";
import { assertOperatorPasswordSetting } from "@/lib/lab/operator";

async function main(): Promise<void> {
  assertOperatorPasswordSetting(config.lab.operatorPassword);
  getSecrets();
  await migrateDatabase(); // SQLite's are applied as it opens; PostgreSQL's here
  const created = await seedDemoUsers();
  await closeDb();
  const seeded = created.length > 0 ? `seeded ${created.join(", ")}` : "demo users already present";
  const database = databaseKind() === "sqlite" ? config.databasePath : "PostgreSQL (DATABASE_URL)";
  const mode = config.lab.public
    ? "hosted (LAB_PUBLIC): server-wide settings are the operator's alone"
    : "local: any admin may change server-wide settings";
  console.log(`Data ready in ${config.dataDir} (database ${database}; ${seeded}; ${mode}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
