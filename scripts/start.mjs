// `npm start`: install if needed, prepare data (secrets, migrations, demo users), build, serve.
import { spawn } from "node:child_process";
import { bin, ensureDependencies, root, run } from "./lib.mjs";

ensureDependencies();
run("Preparing data (secrets, migrations, demo users)", bin("tsx"), [
  "--conditions=react-server",
  "scripts/setup.ts",
]);
run("Building (next build)", bin("next"), ["build"]);

// server.mjs serves the build (PORT, default 3000; HOST, default loopback since the demo
// users' passwords are public — HOST=0.0.0.0 exposes it).
const server = spawn(process.execPath, ["server.mjs"], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
