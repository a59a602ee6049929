// The server the Playwright suite runs against: the production build, on loopback, with the
// data directory the suite chose (DATA_DIR), prepared and supervised the way `npm start` does it.
import { bin, run } from "./lib.mjs";
import { superviseServer } from "./supervise.mjs";

run("Preparing e2e data", bin("tsx"), ["--conditions=react-server", "scripts/setup.ts"]);
// Every e2e sign-up and failed login comes from 127.0.0.1 (each test makes its own user): headroom
// for the suite (the per-address limits themselves are covered by lib/auth/login/throttle.test.ts and
// the e2e specs that set them low on a server of their own).
superviseServer({
  HOST: "127.0.0.1",
  TRUSTED_PROXY_HOPS: "0",
  SIGNUP_CLIENT_MAX: "100000",
  SIGNUP_MAX: "100000",
  LOGIN_CLIENT_MAX: "100000",
});
