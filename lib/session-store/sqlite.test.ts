import { createSqliteSessionStore } from "@/lib/session-store/sqlite";
import { sessionStoreContract } from "@/lib/test/session-store-contract";

const store = createSqliteSessionStore();
sessionStoreContract("sqlite", () => store);
