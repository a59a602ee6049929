import { expect, test } from "@playwright/test";
import {
  OBSERVATION_SLACK_MS,
  PROPAGATION_BOUND_MS,
  instance,
  proxyUrl,
  type Instance,
} from "./support/group";
import {
  cookieSet,
  decodeJwt,
  jwtLogin,
  operatorLogin,
  send,
  signUp,
  type Account,
} from "./support/http";
import { millisecondsUntil, report } from "./support/measure";

// A change an admin makes on one instance — a signing key, a setting — is obeyed by the others
// within the documented bound: each reads the shared version once a second and reloads on next
// use. Each test measures how long it took and prints it.

const WITHIN = PROPAGATION_BOUND_MS + OBSERVATION_SLACK_MS;

/** A Bearer client's login through `on`, renewed there: each renewal is signed by `on` now. */
async function renewer(on: Instance, account: Account): Promise<() => Promise<string>> {
  let { refreshToken } = await jwtLogin(on.url, account);
  return async () => {
    const renewed = await send(on.url, "/api/jwt/refresh", { json: { refreshToken } });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    refreshToken = String(renewed.body.refreshToken);
    return String(renewed.body.accessToken);
  };
}

test("a signing key rotated on A signs on B and C, and A's tokens are accepted there, within the bound", async () => {
  const [a, b, c] = [instance("a"), instance("b"), instance("c")];
  const account = await signUp(proxyUrl());
  const renewOn = { b: await renewer(b, account), c: await renewer(c, account) };
  const cookie = await operatorLogin(a.url);

  const rotated = await send(a.url, "/api/admin/keys/rotate", { method: "POST", cookie });
  expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
  const since = Date.now();
  const kid = (rotated.body.rotated as { kid: string }).kid;
  const fromA = (await jwtLogin(a.url, account)).accessToken;
  expect(decodeJwt(fromA).header.kid).toBe(kid);

  for (const other of [b, c]) {
    const id = other.id as "b" | "c";
    const signs = await millisecondsUntil(
      `${id} signing with the new key`,
      async () => decodeJwt(await renewOn[id]()).header.kid === kid,
      since,
    );
    const accepts = await millisecondsUntil(
      `${id} accepting A's token`,
      async () => (await send(other.url, "/api/jwt/me", { bearer: fromA })).status === 200,
      since,
    );
    report(
      `key rotated on a: ${id} signs with it after ${signs} ms, accepts a's token after ${accepts} ms`,
    );
    expect(Math.max(signs, accepts)).toBeLessThan(WITHIN);
  }
});

test("an access lifetime set on B is obeyed by A and C within the bound", async () => {
  const [a, b, c] = [instance("a"), instance("b"), instance("c")];
  const account = await signUp(proxyUrl());
  const renewOn = { a: await renewer(a, account), c: await renewer(c, account) };
  const cookie = await operatorLogin(b.url);
  const before = await send(b.url, "/api/admin/jwt-settings", { cookie });
  const current = (before.body.settings as { accessTtlSeconds: number }).accessTtlSeconds;
  const lifetime = current === 240 ? 180 : 240;

  const changed = await send(b.url, "/api/admin/jwt-settings", {
    method: "PUT",
    json: { accessTtl: lifetime },
    cookie,
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(200);
  const since = Date.now();
  for (const other of [a, c]) {
    const id = other.id as "a" | "c";
    const took = await millisecondsUntil(
      `${id} issuing ${lifetime} s tokens`,
      async () => {
        const { claims } = decodeJwt(await renewOn[id]());
        return Number(claims.exp) - Number(claims.iat) === lifetime;
      },
      since,
    );
    report(`access lifetime set on b: ${id} issues ${lifetime} s tokens after ${took} ms`);
    expect(took).toBeLessThan(WITHIN);
  }
});

test("a seal password rotated on B opens on A and C, and they seal with it, within the bound", async () => {
  const [a, b, c] = [instance("a"), instance("b"), instance("c")];
  const account = await signUp(proxyUrl());
  const cookie = await operatorLogin(b.url);

  const rotated = await send(b.url, "/api/admin/seal/rotate", { method: "POST", cookie });
  expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
  const since = Date.now();
  const newest = (rotated.body.passwordIds as number[]).at(-1);
  const login = await send(b.url, "/api/sealed/login", { json: account });
  expect(login.status).toBe(200);
  const sealed = cookieSet(login, "lab_sealed");

  for (const other of [a, c]) {
    const opens = await millisecondsUntil(
      `${other.id} opening b's new seal`,
      async () => (await send(other.url, "/api/sealed/me", { cookie: sealed })).status === 200,
      since,
    );
    report(`seal password rotated on b: ${other.id} opens its seals after ${opens} ms`);
    expect(opens).toBeLessThan(WITHIN);
    // Once it opens them, it seals with the new password too: one ring, reloaded whole.
    const own = await send(other.url, "/api/sealed/login", { json: account });
    const me = await send(other.url, "/api/sealed/me", { cookie: cookieSet(own, "lab_sealed") });
    expect((me.body.sealed as { passwordId: string }).passwordId).toBe(String(newest));
  }
});
