// A crowd of distinct browsers for the memory benchmark: each loads a page (and so gets its own
// inspector cookie), logs in to the session area (which rotates that cookie), asks /me, loads the
// area's page, then asks /me until it has made `requests` traced requests. Plain fetch, a tiny
// cookie jar per browser, `concurrency` browsers at a time.

// Two demo accounts in turn: a login counts against its account's budget for strangers until it
// succeeds, and eight strangers at once on one account would meet its backoff.
const USERS = [
  { username: "alice", password: "alice-in-the-lab" },
  { username: "bob", password: "bob-in-the-lab" },
];
let logins = 0;

/** A browser's cookies: Set-Cookie lines in, a Cookie header out (cleared cookies dropped). */
function cookieJar() {
  const cookies = new Map();
  return {
    take(response) {
      for (const line of response.headers.getSetCookie()) {
        const pair = line.split(";")[0];
        const equals = pair.indexOf("=");
        const name = pair.slice(0, equals);
        const value = pair.slice(equals + 1);
        if (value === "" || /max-age=0/i.test(line)) cookies.delete(name);
        else cookies.set(name, value);
      }
    },
    header() {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    },
    has(name) {
      return cookies.has(name);
    },
  };
}

async function visit(origin, jar, path, init = {}) {
  const response = await fetch(`${origin}${path}`, {
    ...init,
    headers: { ...init.headers, cookie: jar.header() },
    redirect: "manual",
  });
  jar.take(response);
  await response.arrayBuffer();
  if (response.status >= 500) throw new Error(`${path} answered ${response.status}`);
  return response.status;
}

/** One browser's visit; returns how many requests it made. */
async function browse(origin, requests) {
  const jar = cookieJar();
  await visit(origin, jar, "/");
  if (!jar.has("lab_inspector")) throw new Error("the front page gave no inspector cookie");
  const user = USERS[logins++ % USERS.length];
  let login = 429;
  for (let attempt = 0; login === 429 && attempt < 5; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    login = await visit(origin, jar, "/api/session/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(user),
    });
  }
  if (login !== 200) throw new Error(`login answered ${login}`);
  await visit(origin, jar, "/api/session/me");
  await visit(origin, jar, "/session");
  let made = 4;
  for (; made < requests; made++) await visit(origin, jar, "/api/session/me");
  return made;
}

/** Sends `browsers` new browsers, `concurrency` at a time; returns the requests made and seconds. */
export async function crowd(origin, { browsers, requests, concurrency }) {
  const started = process.hrtime.bigint();
  let next = 0;
  let made = 0;
  const worker = async () => {
    while (next < browsers) {
      next += 1;
      const browsed = await browse(origin, requests); // not `made += await …`: that reads made first
      made += browsed;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests: made, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
