import "server-only";
import { getDb } from "@/db/client";
import { getSigningKeys } from "@/lib/auth/keys";
import { getSecrets } from "@/lib/secrets";

/**
 * Validates the configuration, loads (or generates) the secrets, imports the signing keys and
 * opens the database (applying pending migrations). Exits on failure: Next.js would log the error
 * and keep serving, and a server that cannot authenticate must not serve.
 */
export async function prepareServer(): Promise<void> {
  try {
    getSecrets();
    await getSigningKeys();
    getDb();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
