import type { TestProject } from "vitest/node";
import { startRedisServer } from "../../scripts/redis.mjs";

/**
 * The Redis store's contract tests run against a real Redis: $REDIS_URL when given (npm test
 * starts one), otherwise a private redis-server started here for this run.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.REDIS_URL;
  const server = given ? null : await startRedisServer();
  project.provide("redisUrl", given ?? server!.url);
  return () => server?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
