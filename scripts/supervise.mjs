// Runs server.mjs and starts it again when it asks to be restarted (exit code 75, sent by the
// admin page's "restart the server" button): the live demo of C07 — an in-memory session store
// loses every session with its process, the SQLite and Redis stores keep them. Any other exit ends
// the supervisor too. `node scripts/supervise.mjs` runs it on its own (the C07 end-to-end test).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { root } from "./lib.mjs";

export const RESTART_EXIT_CODE = 75;

export function superviseServer(env = {}) {
  let child;
  const start = () => {
    child = spawn(process.execPath, ["server.mjs"], {
      cwd: root,
      stdio: "inherit",
      // The child learns the code from here, so it is defined once (lib/lab/server-restart.ts).
      env: { ...process.env, ...env, LAB_RESTART_EXIT_CODE: String(RESTART_EXIT_CODE) },
    });
    child.on("exit", (code, signal) => {
      if (code === RESTART_EXIT_CODE) {
        console.log("↻ Restarting the server (asked for by the admin page)");
        start();
      } else {
        process.exit(code ?? (signal ? 1 : 0));
      }
    });
  };
  start();
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) superviseServer();
