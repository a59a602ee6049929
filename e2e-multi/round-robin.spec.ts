import { expect, test } from "@playwright/test";
import { instances, proxyUrl } from "./support/group";
import { send } from "./support/http";

// HAProxy balances each request on its own (round-robin, mode http): consecutive requests
// through it reach every instance in turn, each naming itself in X-Lab-Instance.

test("consecutive requests through HAProxy reach A, B and C in turn", async () => {
  const ids = instances().map((each) => each.id);
  const seen: string[] = [];
  for (let n = 0; n < 2 * ids.length; n++) {
    const answer = await send(proxyUrl(), "/api/session/me");
    expect(answer.status).toBe(401);
    expect(answer.instance, "X-Lab-Instance names the instance that answered").not.toBeNull();
    seen.push(answer.instance!);
  }
  expect(new Set(seen)).toEqual(new Set(ids));
  // In turn: each window of three consecutive answers holds every instance once.
  expect(new Set(seen.slice(ids.length))).toEqual(new Set(ids));
  expect(new Set(seen.slice(0, ids.length))).toEqual(new Set(ids));
});
