// What one request costs the server in CPU, apart from the load: under load, the CPU of a
// request cannot be told from its neighbours'.
import { Learner } from "./learner.mjs";
import { cpuSeconds } from "./server.mjs";
import { ALICE } from "./tour.mjs";

/**
 * The server's CPU for one login (argon2id) and for one `me` (a session lookup), each measured
 * over sequential requests by a learner of its own (in a lab of its own, left out of the figures).
 */
export async function measureCosts(origin, index, pid) {
  const cpuPer = async (count, request) => {
    const before = cpuSeconds(pid);
    for (let i = 0; i < count; i++) await request();
    return Math.round(((cpuSeconds(pid) - before) / count) * 1000 * 10) / 10;
  };
  const learner = new Learner(origin, index);
  const bob = { username: "bob", password: "bob-in-the-lab" };
  await learner.call("cost", "POST", "/api/session/login", { body: bob });
  // alice's logins, in the same lab, leave bob's session (the one `me` asks about) alone.
  const bobsCookies = learner.cookieHeader();
  const labCookie = learner.cookieNamed("lab_id");
  const labOnly = `${labCookie}=${learner.jar.get(labCookie)}`;
  return {
    loginCpuMs: await cpuPer(20, () =>
      learner.call("cost", "POST", "/api/session/login", { body: ALICE, cookies: labOnly }),
    ),
    meCpuMs: await cpuPer(100, () =>
      learner.call("cost", "GET", "/api/session/me", { cookies: bobsCookies }),
    ),
  };
}
