// Inserts the demo users (alice, bob, admin) that are missing.
import { closeDb } from "@/db/client";
import { seedDemoUsers } from "@/lib/lab/demo-seed";

seedDemoUsers()
  .then(async (created) => {
    await closeDb();
    console.log(
      created.length > 0 ? `Seeded ${created.join(", ")}.` : "Demo users already present.",
    );
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
