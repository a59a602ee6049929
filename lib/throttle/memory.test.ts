import { throttleStoreContract } from "@/lib/test/throttle-store-contract";
import { createMemoryThrottleStore } from "./memory";

throttleStoreContract("memory", () => createMemoryThrottleStore("throttle-test"));
