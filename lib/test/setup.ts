// Each unit-test file gets its own throw-away data directory (database and secrets), set before
// config/env.ts reads the environment, and removed when the file's tests are done (thousands of
// runs would otherwise leave thousands of directories in /tmp).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "lab-unit-"));
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_PATH;
delete process.env.SESSION_PASSWORD;
delete process.env.JWT_PRIVATE_KEY;
delete process.env.SESSION_STORE;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
