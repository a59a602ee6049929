import crypto from "node:crypto";
import { afterAll, inject } from "vitest";
import { createRedisSessionStore } from "@/lib/session-store/redis";
import { closeRedisConnections } from "@/lib/session-store/redis-client";
import { sessionStoreContract } from "@/lib/test/session-store-contract";

// A real redis-server (lib/test/redis-global-setup.ts); a prefix of its own per run.
const store = createRedisSessionStore(inject("redisUrl"), `test:${crypto.randomUUID()}:`);
sessionStoreContract("redis", () => store);
afterAll(closeRedisConnections);
