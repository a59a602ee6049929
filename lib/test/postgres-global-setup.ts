import type { TestProject } from "vitest/node";
import { startPostgresServer } from "../../scripts/postgres.mjs";

/**
 * The PostgreSQL tests run against a real server: $TEST_POSTGRES_URL when given (npm test starts
 * one), otherwise a private PostgreSQL started here for this run. What is provided is the admin
 * URL: a test creates a database of its own on it (scripts/postgres.mjs, createDatabase).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_POSTGRES_URL;
  const server = given ? null : await startPostgresServer();
  project.provide("postgresUrl", given ?? server!.url);
  return () => server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
