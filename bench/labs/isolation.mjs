// The checks across learners, once every tour is done: each learner's credentials tried inside a
// neighbour's lab, and no lab, user id or signing key (nor one seen on a page) held by two.
import { expectNewLifetime, expectUser, ownSettings } from "./expectations.mjs";
import { failures } from "./tally.mjs";

/**
 * Each learner's credentials presented inside its neighbour's lab (the neighbour's genuine lab
 * cookie): every `me` must be refused — a 200 would be one lab's login working in another.
 */
export async function crossLabAttempts(learner, neighbour) {
  const labCookie = neighbour.cookieNamed("lab_id");
  if (labCookie === undefined || learner.cookieNamed("lab_id") !== labCookie) return;
  // Presented elsewhere, nothing of its own was spent or ended.
  const cookies = learner.cookieHeader({ [labCookie]: neighbour.jar.get(labCookie) });
  for (const target of ["/api/session/me", "/api/sealed/me", "/api/jwt/me"]) {
    const answer = await learner.call("cross-lab me", "GET", target, { cookies, expect: [401] });
    learner.check(answer !== null, `${target} refused in another lab`, neighbour.index);
  }
  const bearer = await learner.call("cross-lab me", "GET", "/api/jwt/me", {
    cookies: `${labCookie}=${neighbour.jar.get(labCookie)}`,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    expect: [401],
  });
  learner.check(bearer !== null, "its bearer token refused in another lab", neighbour.index);
  await expectUser(learner, "session me", "/api/session/me", learner.adminId);
  // A refresh first: the shortest-lived learners' access tokens (60 s) have expired by now.
  await expectNewLifetime(learner, ownSettings(learner.index));
}

/** No two learners share a lab, a user id or a signing key. */
export function checkDisjoint(learners) {
  const owners = { lab: new Map(), user: new Map(), kid: new Map() };
  const claim = (kind, value, learner) => {
    const owner = owners[kind].get(value);
    if (owner !== undefined && owner !== learner.index) {
      failures.isolation.push({ learner: learner.index, what: `a ${kind} of another`, owner });
    }
    owners[kind].set(value, learner.index);
  };
  for (const learner of learners) {
    claim("lab", learner.labId, learner);
    for (const id of learner.seen.userIds) claim("user", id, learner);
    for (const kid of learner.seen.kids) claim("kid", kid, learner);
  }
  for (const learner of learners) {
    for (const word of learner.pageWords ?? []) {
      const owner = owners.kid.get(word) ?? owners.lab.get(word);
      if (owner !== undefined && owner !== learner.index) {
        failures.isolation.push({
          learner: learner.index,
          what: "another's id on its page",
          owner,
        });
      }
    }
  }
  return { labs: owners.lab.size, userIds: owners.user.size, kids: owners.kid.size };
}
