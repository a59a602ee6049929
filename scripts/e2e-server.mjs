// The server the Playwright suite runs against: the production build, on loopback, with the
// data directory the suite chose (DATA_DIR), prepared and supervised the way `npm start` does it.
import { bin, run } from "./lib.mjs";
import { superviseServer } from "./supervise.mjs";

run("Preparing e2e data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"]);
// Every e2e login comes from 127.0.0.1: headroom for the suite's deliberate failures (the
// per-client limit itself is covered by lib/auth/throttle.test.ts).
superviseServer({ HOST: "127.0.0.1", TRUSTED_PROXY_HOPS: "0", LOGIN_CLIENT_MAX_FAILURES: "1000" });
