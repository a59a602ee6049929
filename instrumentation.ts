/**
 * Runs once when the server starts: validate the configuration, load (or generate) the secrets and
 * open the database, applying pending migrations. A bad setting stops the server here with a clear
 * message instead of failing every request with a 500.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { getSecrets } = await import("@/lib/secrets");
    const { getSigningKeys } = await import("@/lib/auth/keys");
    const { getDb } = await import("@/db/client");
    getSecrets();
    await getSigningKeys();
    getDb();
  } catch (error) {
    // Next.js would log this and keep serving; a server that cannot authenticate must not.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
