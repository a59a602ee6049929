// The server the Playwright suite runs against: the production build, on loopback, with the
// data directory the suite chose (DATA_DIR), prepared the same way `npm start` prepares it.
import { spawn } from "node:child_process";
import { bin, root, run } from "./lib.mjs";

run("Preparing e2e data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"]);
const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", process.env.PORT ?? "3100"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
