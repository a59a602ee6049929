// `npm start`: install if needed, prepare data (secrets, migrations, demo users), build, serve.
import { bin, ensureDependencies, run } from "./lib.mjs";
import { superviseServer } from "./supervise.mjs";

ensureDependencies();
run("Preparing data (secrets, migrations, demo users)", bin("tsx"), [
  "--conditions=react-server",
  "scripts/setup.ts",
]);
run("Building (next build)", bin("next"), ["build"]);

// server.mjs serves the build (PORT, default 3000; HOST, default loopback since the demo
// users' passwords are public — HOST=0.0.0.0 exposes it), restarted when the admin page asks.
superviseServer();
