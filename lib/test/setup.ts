// Each unit-test file gets its own throw-away data directory (database and secrets), set before
// config/env.ts reads the environment.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "lab-unit-"));
delete process.env.DATABASE_PATH;
delete process.env.SESSION_PASSWORD;
delete process.env.JWT_PRIVATE_KEY;
delete process.env.SESSION_STORE;
