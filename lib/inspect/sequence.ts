import type { Trace, TraceCheck } from "@/lib/inspect/trace";
import { phrase, type Phrase } from "@/lib/ui/phrase";

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
  /** What the arrow says, worded where it is drawn (the reader's language). */
  label: Phrase;
  /** Measured cost of this step, when it is one the trace timed. */
  micros?: number;
  queries?: number;
  /** A refusal, or a failed check. */
  failed?: boolean;
}

/** Any flow: the learn pages draw theirs (an attacker's site, a second service…) with it too. */
export interface Sequence {
  title: Phrase;
  participants: { id: string; label: Phrase }[];
  messages: SequenceMessage[];
}

/** A lifeline's name (`diagrams.participants.*`: Browser, Proxy, Page or route (DAL)…). */
export const participantLabel = (name: string): Phrase => phrase(`diagrams.participants.${name}`);

/** A check's answer in words first (`inspector.reason`: "ok", "no session found"…). */
export const reasonLabel = (code: string): Phrase => phrase("inspector.reason", { code });

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

const trace = (key: string, values?: Phrase["values"]): Phrase =>
  phrase(`diagrams.trace.${key}`, values);

function credentialLabel(credential: Trace["credential"]): Phrase {
  if (credential.kind === "none") return trace("credential.none");
  return trace(`credential.${credential.kind}`, { bytes: credential.bytes });
}

function checkMessages(check: TraceCheck): SequenceMessage[] {
  const site: Participant = check.where === "proxy" ? "proxy" : "app";
  const target = CHECK_TARGET[check.step];
  const memo = check.cached && check.step !== "proxy_result"; // a hand-off is not a memo
  const label = trace(`check.${check.step}`, { memo: String(memo) });
  const measured = { micros: check.micros, queries: check.queries, failed: !check.ok };
  if (target === null) {
    const answered = trace("checked", { check: label, reason: reasonLabel(check.reason) });
    return [{ from: site, to: site, label: answered, ...measured }];
  }
  return [
    { from: site, to: target, label, ...measured },
    { from: target, to: site, label: reasonLabel(check.reason), failed: !check.ok },
  ];
}

/** The diagram of one request, exactly as its trace recorded it. */
export function traceToSequence(recorded: Trace): Sequence {
  const proxyChecks = recorded.checks.filter((c) => c.where === "proxy");
  const appChecks = recorded.checks.filter((c) => c.where === "dal");
  const refusedByProxy = proxyChecks.some((c) => !c.ok) && appChecks.length === 0;
  const request = { method: recorded.method, path: recorded.path };
  const answer: SequenceMessage = {
    from: refusedByProxy ? "proxy" : "app",
    to: "browser",
    label: trace("answer", {
      status: recorded.status ?? "…",
      cookies: recorded.setCookies.length,
    }),
    micros: recorded.totalMicros ?? undefined,
    queries: recorded.dbQueries,
    failed: recorded.status !== null && recorded.status >= 400,
  };
  const forward: SequenceMessage = { from: "proxy", to: "app", label: trace("forward") };
  const messages: SequenceMessage[] = [
    {
      from: "browser",
      to: "proxy",
      label: trace("request", { ...request, credential: credentialLabel(recorded.credential) }),
    },
    ...proxyChecks.flatMap(checkMessages),
    ...(refusedByProxy ? [] : [forward]),
    ...appChecks.flatMap(checkMessages),
    answer,
  ];
  const used = new Set(messages.flatMap((m) => [m.from, m.to]));
  return {
    title: trace("title", request),
    participants: ORDER.filter((p) => used.has(p)).map((id) => ({
      id,
      label: participantLabel(id),
    })),
    messages,
  };
}
