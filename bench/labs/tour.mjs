// A learner's tour, the HTTP steps of the site's tour in order: the three logins, the admin's
// switches for its own lab, a restart, then everything read back and checked to be its own.
import {
  expectNewLifetime,
  expectOwnToken,
  expectUser,
  noteKeys,
  ownSettings,
} from "./expectations.mjs";

export const ALICE = { username: "alice", password: "alice-in-the-lab" };
const ADMIN = { username: "admin", password: "admin-in-the-lab" };

/** The three logins as alice and their `me`s, then a refresh: alice's id and the lab's id. */
async function signIn(learner) {
  const session = await learner.call("session login", "POST", "/api/session/login", {
    body: ALICE,
  });
  if (session === null) return false;
  learner.labId = learner.labFromCookie() ?? "";
  learner.aliceId = session.body.user.id;
  learner.check(learner.labId !== "", "a lab cookie after the first login", learner.jar.keys());
  await expectUser(learner, "session me", "/api/session/me", learner.aliceId);
  const sealed = await learner.call("sealed login", "POST", "/api/sealed/login", { body: ALICE });
  if (sealed === null) return false;
  learner.check(sealed.body.user.id === learner.aliceId, "sealed login is its alice", sealed.body);
  await expectUser(learner, "sealed me", "/api/sealed/me", learner.aliceId);
  const jwt = await learner.call("jwt login", "POST", "/api/jwt/login", { body: ALICE });
  if (jwt === null) return false;
  expectOwnToken(learner, jwt.body.accessToken);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
  const refreshed = await learner.call("jwt refresh", "POST", "/api/jwt/refresh");
  if (refreshed !== null) expectOwnToken(learner, refreshed.body.accessToken);
  const admin = await learner.call("admin login", "POST", "/api/session/login", { body: ADMIN });
  if (admin === null) return false;
  learner.adminId = admin.body.user.id;
  learner.seen.userIds.add(learner.aliceId).add(learner.adminId);
  return learner.labId === learner.labFromCookie();
}

/** The admin's switches, each only for this lab: settings, a key, the seal, the cache, a restart. */
async function flipSwitches(learner) {
  const own = ownSettings(learner.index);
  const { cookieCacheSeconds, ...jwt } = own;
  const settings = await learner.call("admin jwt-settings PUT", "PUT", "/api/admin/jwt-settings", {
    body: { ...jwt, encrypted: false },
  });
  if (settings !== null) noteKeys(learner, settings.body.keys);
  const rotated = await learner.call("admin keys rotate", "POST", "/api/admin/keys/rotate");
  if (rotated !== null) {
    learner.currentKid = rotated.body.rotated.kid;
    noteKeys(learner, rotated.body.keys);
  }
  const seal = await learner.call("admin seal rotate", "POST", "/api/admin/seal/rotate");
  if (seal !== null) learner.sealIds = seal.body.passwordIds;
  await learner.call("admin cookie-cache PUT", "PUT", "/api/admin/seal", {
    body: { cookieCacheSeconds },
  });
  await learner.call("admin restart", "POST", "/api/admin/server/restart", { expect: [202] });
}

async function rereadJwtSettings(learner, own) {
  const jwt = await learner.call("admin jwt-settings GET", "GET", "/api/admin/jwt-settings");
  if (jwt === null) return;
  const { settings, keys } = jwt.body;
  const wanted = { ...own, encrypted: false };
  const got = { ...settings, accessTtl: settings.accessTtlSeconds };
  for (const key of ["revocation", "algorithm", "accessTtl", "encrypted"]) {
    learner.check(got[key] === wanted[key], `its JWT ${key}`, { got: got[key], wanted });
  }
  noteKeys(learner, keys);
  const current = keys.find((k) => k.status === "current")?.kid;
  learner.check(current === learner.currentKid, "its current key", { current, keys });
}

async function rereadSeal(learner, own) {
  const seal = await learner.call("admin seal GET", "GET", "/api/admin/seal");
  if (seal === null) return;
  learner.check(
    seal.body.cookieCacheSeconds === own.cookieCacheSeconds,
    "its cookie cache",
    seal.body,
  );
  learner.check(
    JSON.stringify(seal.body.passwordIds) === JSON.stringify(learner.sealIds),
    "its seal passwords",
    { got: seal.body.passwordIds, wanted: learner.sealIds },
  );
}

async function rereadUsers(learner) {
  const users = await learner.call("admin users GET", "GET", "/api/admin/users");
  if (users === null) return;
  const ids = users.body.users.map((u) => u.id);
  learner.check(ids.length === 3, "only its lab's three accounts", users.body.users);
  learner.check(ids.includes(learner.aliceId) && ids.includes(learner.adminId), "its ids", ids);
  for (const id of ids) learner.seen.userIds.add(id);
}

async function rereadJwks(learner) {
  const jwks = await learner.call("jwks", "GET", "/.well-known/jwks.json");
  if (jwks === null) return;
  const body = typeof jwks.body === "string" ? JSON.parse(jwks.body) : jwks.body;
  for (const key of body.keys) {
    learner.check(learner.seen.kids.has(key.kid), "only its keys in its JWKS", key.kid);
  }
}

const isIdLength = (word) => word.length === 12 || word.length === 22;

async function readAdminPage(learner) {
  const page = await learner.call("admin page", "GET", "/admin");
  if (page === null) return;
  // Every run of id-like characters as long as a kid or a lab id, checked against the others'
  // once all are known (checkDisjoint); its own current key must be among them.
  learner.pageWords = new Set(page.body.match(/[A-Za-z0-9_-]+/g)?.filter(isIdLength) ?? []);
  learner.check(learner.pageWords.has(learner.currentKid), "its keys on its admin page", null);
}

/** After its restart: its settings, its people and its identities, exactly its own. */
async function rereadOwnLab(learner) {
  const own = ownSettings(learner.index);
  await rereadJwtSettings(learner, own);
  await rereadSeal(learner, own);
  await rereadUsers(learner);
  await expectUser(learner, "session me", "/api/session/me", learner.adminId);
  await expectUser(learner, "sealed me", "/api/sealed/me", learner.aliceId);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
  await expectNewLifetime(learner, own);
  await rereadJwks(learner);
  await readAdminPage(learner);
}

export async function runLearner(learner) {
  const started = performance.now();
  if (await signIn(learner)) {
    await flipSwitches(learner);
    await rereadOwnLab(learner);
  } else {
    learner.check(false, "signed in and stayed in its lab", [...learner.jar.keys()]);
  }
  learner.tourMs = performance.now() - started;
}
