import { expect, test } from "@playwright/test";
import { instance, instances, proxyUrl } from "./support/group";
import { send, sessionLogin, signUp } from "./support/http";

// One session, three instances: the record lives in the shared store (Redis), so a logout on any
// instance ends it on all of them — on the very next request, with nothing to wait for.

test("a session made on A works on B, and its logout on C refuses it on A, B and C at once", async () => {
  const [a, b, c] = [instance("a"), instance("b"), instance("c")];
  const account = await signUp(proxyUrl());
  const cookie = await sessionLogin(a.url, account);

  const onB = await send(b.url, "/api/session/me", { cookie });
  expect(onB.status).toBe(200);
  expect(onB.body.user).toMatchObject({ username: account.username });

  expect((await send(c.url, "/api/session/logout", { method: "POST", cookie })).status).toBe(204);
  for (const each of instances()) {
    const me = await send(each.url, "/api/session/me", { cookie });
    expect(me.status, `the logged-out cookie on instance ${each.id}`).toBe(401);
  }
});
