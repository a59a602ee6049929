import { createMemorySessionStore } from "@/lib/session-store/memory";
import { sessionStoreContract } from "@/lib/test/session-store-contract";

const store = createMemorySessionStore();
sessionStoreContract("memory", () => store);
