import { expect, test } from "@playwright/test";
import { instance, instances, proxyUrl, type Instance } from "./support/group";
import { jwtLogin, operatorLogin, send, signUp } from "./support/http";
import { millisecondsUntil, report } from "./support/measure";

// One JWT login, three instances: an access token verifies anywhere (every instance holds the
// keys); what a logout does to it is the revocation strategy's — set here on A by the operator,
// and obeyed on B and C within the documented bound before the scenario starts.

type Strategy = "none" | "denylist" | "token-version";

async function useStrategy(strategy: Strategy, on: Instance): Promise<void> {
  const cookie = await operatorLogin(on.url);
  const changed = await send(on.url, "/api/admin/jwt-settings", {
    method: "PUT",
    json: { revocation: strategy },
    cookie,
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  const since = Date.now();
  for (const other of instances().filter((each) => each.id !== on.id)) {
    const took = await millisecondsUntil(
      `the ${strategy} strategy on ${other.id}`,
      async () => {
        const settings = await send(other.url, "/api/admin/jwt-settings", { cookie });
        return (settings.body.settings as { revocation?: string }).revocation === strategy;
      },
      since,
    );
    report(
      `revocation strategy "${strategy}" set on ${on.id}, obeyed on ${other.id} after ${took} ms`,
    );
  }
}

const outcomes: Record<Strategy, number> = { none: 200, denylist: 401, "token-version": 401 };

for (const strategy of ["none", "denylist", "token-version"] as const) {
  test(`JWT (${strategy}): a token from A works on B; after the logout on C it answers ${outcomes[strategy]} on A, B and C`, async () => {
    const [a, b, c] = [instance("a"), instance("b"), instance("c")];
    await useStrategy(strategy, a);
    const account = await signUp(proxyUrl());
    const { accessToken, refreshToken, user } = await jwtLogin(a.url, account);

    const onB = await send(b.url, "/api/jwt/me", { bearer: accessToken });
    expect(onB.status).toBe(200);
    expect(onB.body.user).toMatchObject({ id: user.id });

    const logout = await send(c.url, "/api/jwt/logout", {
      json: { refreshToken },
      bearer: accessToken,
    });
    expect(logout.status).toBe(204);
    for (const each of instances()) {
      const me = await send(each.url, "/api/jwt/me", { bearer: accessToken });
      expect(me.status, `the access token on instance ${each.id}`).toBe(outcomes[strategy]);
    }
    // Whatever the strategy, the login itself ended everywhere: its refresh token renews nothing.
    for (const each of [a, b]) {
      const refreshed = await send(each.url, "/api/jwt/refresh", { json: { refreshToken } });
      expect(refreshed.status, `the ended refresh token on instance ${each.id}`).toBe(401);
    }
  });
}
