import { expect, test } from "@playwright/test";
import { balancerStats } from "./support/balancer";
import { instances, proxyUrl } from "./support/group";
import { send } from "./support/http";

// HAProxy balances each request on its own (round-robin, mode http): consecutive requests
// through it reach every instance in turn. Seen from both ends: HAProxy's counters say where it
// sent them, and each answer names the instance that gave it (X-Lab-Instance).

test("consecutive requests through HAProxy reach A, B and C in turn", async () => {
  const ids = instances().map((each) => each.id);
  const before = await balancerStats();
  const seen: Array<string | null> = [];
  for (let n = 0; n < 2 * ids.length; n++) {
    const answer = await send(proxyUrl(), "/api/session/me");
    expect(answer.status).toBe(401);
    seen.push(answer.instance);
  }
  const after = await balancerStats();
  for (const id of ids) {
    const sent = (after.get(id)?.sent ?? 0) - (before.get(id)?.sent ?? 0);
    expect(sent, `requests HAProxy sent to instance ${id}`).toBe(2);
  }
  // In turn: each run of three consecutive answers came from every instance once.
  expect(new Set(seen.slice(0, ids.length)), "X-Lab-Instance of answers 1–3").toEqual(new Set(ids));
  expect(new Set(seen.slice(ids.length)), "X-Lab-Instance of answers 4–6").toEqual(new Set(ids));
});
