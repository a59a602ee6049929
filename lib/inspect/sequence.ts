import type { Trace, TraceCheck } from "@/lib/inspect/trace";

/**
 * A sequence diagram of one traced request, derived from the trace and from nothing else: who
 * took part (the browser, the proxy, the page or route with its DAL, and the store or key set a
 * check asked), in which order, and what each step cost. The learn pages draw their textbook
 * flows with the same model, so a live request and its lesson look alike.
 */

export type Participant = "browser" | "proxy" | "app" | "store" | "keys" | "denylist";

export interface SequenceMessage {
  from: string;
  to: string;
  label: string;
  /** Measured cost of this step, when it is one the trace timed. */
  micros?: number;
  queries?: number;
  /** A refusal, or a failed check. */
  failed?: boolean;
}

/** Any flow: the learn pages draw theirs (an attacker's site, a second service…) with it too. */
export interface Sequence {
  title: string;
  participants: { id: string; label: string }[];
  messages: SequenceMessage[];
}

export const PARTICIPANT_LABELS: Record<Participant, string> = {
  browser: "Browser",
  proxy: "Proxy",
  app: "Page or route (DAL)",
  store: "Session store",
  keys: "Key set",
  denylist: "Deny-list",
};

const ORDER: Participant[] = ["browser", "proxy", "app", "store", "keys", "denylist"];

const CHECK_TARGET: Record<TraceCheck["step"], Participant | null> = {
  unseal_cookie: null, // local crypto: a self-arrow on whoever ran it
  verify_signature: "keys",
  verify_dpop_proof: "store", // the proof's own key; its jti recorded in the store's replay cache
  store_lookup: "store",
  proxy_result: null, // the proxy's answer, taken from the request's memory
  cookie_cache: null, // a sealed copy of an earlier lookup, read from the request's cookie
  revocation_check: "denylist",
};

const CHECK_LABEL: Record<TraceCheck["step"], string> = {
  unseal_cookie: "unseal cookie",
  verify_signature: "verify signature",
  verify_dpop_proof: "verify DPoP proof, record its jti",
  store_lookup: "look up session",
  proxy_result: "use the proxy's answer",
  cookie_cache: "read the cookie cache (no lookup)",
  revocation_check: "check deny-list",
};

function credentialLabel(trace: Trace): string {
  const { kind, bytes } = trace.credential;
  if (kind === "none") return "no credential";
  const name = {
    session_cookie: "session cookie",
    sealed_cookie: "sealed cookie",
    jwt_cookie: "JWT cookie",
    bearer: "Bearer JWT",
    dpop: "DPoP-bound JWT + proof",
  };
  return `${name[kind]}, ${bytes} B`;
}

function checkMessages(check: TraceCheck): SequenceMessage[] {
  const site: Participant = check.where === "proxy" ? "proxy" : "app";
  const target = CHECK_TARGET[check.step];
  const memo = check.cached && check.step !== "proxy_result"; // a hand-off is not a memo
  const label = `${CHECK_LABEL[check.step]}${memo ? " (memo)" : ""}`;
  const measured = { micros: check.micros, queries: check.queries, failed: !check.ok };
  if (target === null)
    return [{ from: site, to: site, label: `${label} → ${check.reason}`, ...measured }];
  return [
    { from: site, to: target, label, ...measured },
    { from: target, to: site, label: check.reason, failed: !check.ok },
  ];
}

/** The diagram of one request, exactly as its trace recorded it. */
export function traceToSequence(trace: Trace): Sequence {
  const proxyChecks = trace.checks.filter((c) => c.where === "proxy");
  const appChecks = trace.checks.filter((c) => c.where === "dal");
  const refusedByProxy = proxyChecks.some((c) => !c.ok) && appChecks.length === 0;
  const answer: SequenceMessage = {
    from: refusedByProxy ? "proxy" : "app",
    to: "browser",
    label: `${trace.status ?? "…"}${trace.setCookies.length > 0 ? ` + ${trace.setCookies.length} Set-Cookie` : ""}`,
    micros: trace.totalMicros ?? undefined,
    queries: trace.dbQueries,
    failed: trace.status !== null && trace.status >= 400,
  };
  const messages: SequenceMessage[] = [
    {
      from: "browser",
      to: "proxy",
      label: `${trace.method} ${trace.path} (${credentialLabel(trace)})`,
    },
    ...proxyChecks.flatMap(checkMessages),
    ...(refusedByProxy ? [] : [{ from: "proxy", to: "app", label: "forward" } as SequenceMessage]),
    ...appChecks.flatMap(checkMessages),
    answer,
  ];
  const used = new Set(messages.flatMap((m) => [m.from, m.to]));
  return {
    title: `${trace.method} ${trace.path}`,
    participants: ORDER.filter((p) => used.has(p)).map((id) => ({
      id,
      label: PARTICIPANT_LABELS[id],
    })),
    messages,
  };
}
