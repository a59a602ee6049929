import os from "node:os";
import path from "node:path";

// Shared by playwright.config.ts and the specs: where the server under test runs and keeps data.
// `npm test` sets both; `npx playwright test` alone falls back to these defaults.
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `lab-e2e-${e2ePort}`);
export const e2eBaseURL = `http://127.0.0.1:${e2ePort}`;
// A name the browser maps to 127.0.0.1 (playwright.config.ts) but does not treat as loopback.
export const insecureHost = "insecure.lab.test";
// The XSS lab's own origin (LAB_ORIGIN's default on loopback): the browser maps it to 127.0.0.1
// too, and the app serves nothing there but the lab's flawed page and its toy API.
export const labHost = "lab.localhost";
