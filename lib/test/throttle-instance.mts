// Another instance of the app's login throttle, as a real second process for
// lib/auth/login/throttle-processes.test.ts: on "go" (stdin) it makes `attempts` login attempts on
// `username` against the same database file, and prints how many were allowed.
import { once } from "node:events";
import { beginLoginAttempt } from "@/lib/auth/login/throttle";

const [username = "", attempts = "0"] = process.argv.slice(2);
console.log("ready");
await once(process.stdin, "data");
let allowed = 0;
for (let i = 0; i < Number(attempts); i++) {
  if ((await beginLoginAttempt(username, null)).allowed) allowed += 1;
}
console.log(String(allowed));
process.exit(0);
