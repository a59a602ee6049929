// `npm start`: install if needed, prepare data (secrets, migrations, demo users), build, serve.
import { spawn } from "node:child_process";
import { bin, ensureDependencies, root, run } from "./lib.mjs";

ensureDependencies();
run("Preparing data (secrets, migrations, demo users)", bin("tsx"), [
  "--conditions=react-server",
  "scripts/setup.ts",
]);
run("Building (next build)", bin("next"), ["build"]);

const port = process.env.PORT ?? "3000";
// Loopback by default: the demo users' passwords are public. HOST=0.0.0.0 to expose it.
const host = process.env.HOST ?? "127.0.0.1";
console.log(`\nServing on http://localhost:${port} (Ctrl+C to stop)`);
const server = spawn(bin("next"), ["start", "-p", port, "-H", host], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
