/** Runs once when the server starts: a bad setting stops it here, not at the first request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("@/lib/lab/startup");
  await prepareServer();
}
