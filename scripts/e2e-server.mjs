// The server the Playwright suite runs against: the production build, on loopback, with the
// data directory the suite chose (DATA_DIR), prepared the same way `npm start` prepares it.
import { spawn } from "node:child_process";
import { bin, root, run } from "./lib.mjs";

run("Preparing e2e data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"]);
const server = spawn(process.execPath, ["server.mjs"], {
  cwd: root,
  stdio: "inherit",
  // Every e2e login comes from 127.0.0.1: headroom for the suite's deliberate failures (the
  // per-client limit itself is covered by lib/auth/throttle.test.ts).
  env: {
    ...process.env,
    HOST: "127.0.0.1",
    TRUSTED_PROXY_HOPS: "0",
    LOGIN_CLIENT_MAX_FAILURES: "1000",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
