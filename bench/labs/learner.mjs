// One learner: a browser of its own, with its own cookie jar and its own address, whose every
// request is timed and whose every answer is checked against what it expected.
import { failures, record } from "./tally.mjs";

export class Learner {
  constructor(origin, index) {
    this.origin = origin;
    this.index = index;
    // 10.x.y.z, one per learner: the address a load balancer would forward.
    this.address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${(index & 255) + 1}`;
    this.jar = new Map();
    this.seen = { kids: new Set(), userIds: new Set() };
  }

  cookieHeader(overrides = {}) {
    const jar = new Map([...this.jar, ...Object.entries(overrides)]);
    return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (gone) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  cookieNamed(suffix) {
    return [...this.jar.keys()].find((name) => name.endsWith(suffix));
  }

  /** The lab this browser's cookie names (the id before the MAC). */
  labFromCookie() {
    const name = this.cookieNamed("lab_id");
    return name === undefined ? null : this.jar.get(name).split(".")[0];
  }

  /** One request, timed until its body is read; answers {status, body} or null on a 5xx/error. */
  async call(kind, method, target, { body, expect = [200], headers = {}, cookies } = {}) {
    const init = {
      method,
      redirect: "manual",
      headers: {
        "x-forwarded-for": this.address,
        cookie: cookies ?? this.cookieHeader(),
        ...(method === "GET" ? {} : { origin: this.origin }),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const started = performance.now();
    let response, text;
    try {
      response = await fetch(`${this.origin}${target}`, init);
      text = await response.text();
    } catch (error) {
      failures.networkErrors.push({ learner: this.index, kind, target, error: String(error) });
      return null;
    }
    record(kind, performance.now() - started);
    // Cookies given for one request (another lab's, say) are a test, not this browser's state.
    if (cookies === undefined) this.keep(response);
    const what = { learner: this.index, kind, method, target, status: response.status };
    if (response.status >= 500) {
      failures.serverErrors.push({ ...what, body: text.slice(0, 300) });
      return null;
    }
    if (!expect.includes(response.status)) {
      failures.unexpected.push({ ...what, body: text.slice(0, 300) });
      return null;
    }
    const json = response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
    return { status: response.status, body: json };
  }

  /** An isolation check: a learner saw something that is not its own. */
  check(ok, what, detail) {
    if (!ok) failures.isolation.push({ learner: this.index, what, detail });
    return ok;
  }
}
