import crypto from "node:crypto";
import { afterAll, inject } from "vitest";
import { closeRedisConnections } from "@/lib/session-store/redis-client";
import { throttleStoreContract } from "@/lib/test/throttle-store-contract";
import { createRedisThrottleStore } from "./redis";

// A real redis-server (lib/test/redis-global-setup.ts); a prefix of its own per run.
const store = createRedisThrottleStore(inject("redisUrl"), `test:${crypto.randomUUID()}:`);
throttleStoreContract("redis", () => store);
afterAll(closeRedisConnections);
