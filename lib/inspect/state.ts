import "server-only";
import { sessionStoreTotals } from "@/lib/auth/visitor-lab/store-totals";
import type { SessionStoreTotals } from "@/lib/session-store";
import { checkJwtCredential } from "@/lib/auth/check/jwt";
import { peekAtSession } from "@/lib/auth/check/session";
import type { StepRunner } from "@/lib/auth/check/steps";
import { readAccessToken, type JwtTransport } from "@/lib/auth/credentials";
import { sealView, type SealView } from "@/lib/inspect/seal-view";
import { jwtServerView, type JwtServerView } from "@/lib/inspect/jwt-server";
import { clockOffsetSeconds, judgingTime } from "@/lib/auth/clock";
import { config } from "@/config";
import type { PublicUser } from "@/lib/users/public-user";
import { cookieViews, type CookieView } from "@/lib/inspect/cookie-view";
import { proofView, tokenView, type ProofView, type TokenView } from "@/lib/inspect/token-view";
import type { CookieList } from "@/ground/readers";

/**
 * The inspector's snapshot of what this browser holds and what the server keeps for it. It must
 * not undo what it teaches: no raw value of a credential ever leaves here — names, attributes,
 * sizes and a short fingerprint; for a JWT its decoded header and payload (which anyone holding it
 * can read anyway) with the signature cut short.
 */

export interface SessionView {
  idPrefix: string;
  user: PublicUser;
  createdAt: number;
  lastSeenAt: number;
  idleExpiresAt: number;
  expiresAt: number;
  userAgent: string | null;
  ip: string | null;
}

export interface InspectorState {
  now: number;
  /** Sensitive actions need a password typed no longer ago than this (step-up). */
  stepUpMaxAgeSeconds: number;
  /** The fast-forward clock: credentials are judged `offsetSeconds` later than `now`. */
  clock: { enabled: boolean; offsetSeconds: number };
  cookies: CookieView[];
  session: {
    record: SessionView | null;
    reason: string;
    store: SessionStoreTotals;
  };
  cookie: SealView;
  jwt: {
    token: TokenView | null;
    transport: JwtTransport | null;
    /** The DPoP proof that came with this very request (the DPoP page sends one). */
    proof: ProofView | null;
    server: JwtServerView;
  };
}

/** The DAL's own verdict on this browser's session (read without sliding it). */
async function sessionView(
  cookies: CookieList,
): Promise<{ record: SessionView | null; reason: string }> {
  const checked = await peekAtSession(cookies);
  if (!checked.ok) return { record: null, reason: checked.reason };
  const { session, user } = checked;
  return {
    reason: "ok",
    record: {
      idPrefix: session.id.slice(0, 12),
      user,
      createdAt: session.createdAt.getTime(),
      lastSeenAt: session.lastSeenAt.getTime(),
      idleExpiresAt: session.idleExpiresAt.getTime(),
      expiresAt: session.expiresAt.getTime(),
      userAgent: session.userAgent,
      ip: session.ip,
    },
  };
}

/** The whole snapshot for the browser that sent these cookies and headers. */
export async function inspectorState(
  cookies: CookieList,
  headers: { get(name: string): string | null },
): Promise<InspectorState> {
  const credential = readAccessToken(cookies, headers);
  const now = Date.now();
  const judgeAt = judgingTime(cookies, now);
  let proofMicros: number | null = null;
  const timed: StepRunner = async (step, run) => {
    const started = performance.now();
    const result = await run();
    if (step === "verify_dpop_proof") proofMicros = (performance.now() - started) * 1000;
    return result;
  };
  const verdict =
    credential === null ? null : await checkJwtCredential(cookies, headers, { now, step: timed });
  return {
    now,
    clock: { enabled: config.fastForward, offsetSeconds: clockOffsetSeconds(cookies) },
    stepUpMaxAgeSeconds: config.stepUp.maxAgeSeconds,
    cookies: cookieViews(cookies),
    session: { ...(await sessionView(cookies)), store: await sessionStoreTotals(now) },
    cookie: await sealView(cookies, now),
    jwt: {
      token: credential === null ? null : tokenView(credential.token, verdict!),
      transport: credential?.transport ?? null,
      proof:
        credential?.transport === "dpop"
          ? proofView(headers.get("dpop"), proofMicros, verdict!)
          : null,
      server: await jwtServerView(credential?.token ?? null, judgeAt),
    },
  };
}
