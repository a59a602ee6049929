import { throttleStoreContract } from "@/lib/test/throttle-store-contract";
import { createSqliteThrottleStore } from "./sqlite";

throttleStoreContract("sqlite", createSqliteThrottleStore);
