import "server-only";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { getSessionStore, type SessionStoreTotals } from "@/lib/session-store";
import { checkJwtCredential, type JwtAuth } from "@/lib/auth/check/jwt";
import { peekAtSession } from "@/lib/auth/check/session";
import type { StepRunner } from "@/lib/auth/check/steps";
import { readAccessToken, type JwtTransport } from "@/lib/auth/credentials";
import { sealView, type SealView } from "@/lib/inspect/seal-view";
import { jwtServerView, type JwtServerView } from "@/lib/inspect/jwt-server";
import { clockOffsetSeconds, judgingTime } from "@/lib/auth/clock";
import { config, cookieSettings } from "@/config";
import type { PublicUser } from "@/lib/users/public-user";
import { fingerprint } from "@/lib/inspect/fingerprint";
import type { CookieList } from "@/ground/readers";

/**
 * The inspector's snapshot of what this browser holds and what the server keeps for it. It must
 * not undo what it teaches: no raw value of a credential ever leaves here — names, attributes,
 * sizes and a short fingerprint; for a JWT its decoded header and payload (which anyone holding it
 * can read anyway) with the signature cut short.
 */

export interface CookieView {
  name: string;
  bytes: number;
  fingerprint: string;
  role:
    | "session credential"
    | "sealed session credential"
    | "session cookie cache"
    | "JWT credential"
    | "preference"
    | "inspector"
    | "lab test cookie"
    | "known device (login throttle)"
    | "unknown";
  /** As this server sets it; null for cookies it did not set. */
  attributes: {
    httpOnly: boolean;
    secure: boolean;
    sameSite: string;
    path: string;
    /** null: set per credential (the access token's cookie lives exactly as long as the token). */
    maxAge: number | null;
  } | null;
}

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

export interface TokenView {
  bytes: number;
  /** 3 for a signed token (JWS), 5 for an encrypted one (JWE, C28). */
  segmentCount: number;
  segments: { header: number; payload: number; signature: number };
  header: unknown;
  payload: unknown;
  signaturePreview: string;
  verified: boolean;
  reason: string;
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

const ROLES = new Map<string, { role: CookieView["role"]; settings: { options: object } }>([
  [cookieSettings.session.name, { role: "session credential", settings: cookieSettings.session }],
  [
    cookieSettings.sealedSession.name,
    { role: "sealed session credential", settings: cookieSettings.sealedSession },
  ],
  [
    cookieSettings.sessionCache.name,
    { role: "session cookie cache", settings: cookieSettings.sessionCache },
  ],
  [
    cookieSettings.accessToken.name,
    { role: "JWT credential", settings: cookieSettings.accessToken },
  ],
  [cookieSettings.mode.name, { role: "preference", settings: cookieSettings.mode }],
  [cookieSettings.inspector.name, { role: "inspector", settings: cookieSettings.inspector }],
  [cookieSettings.clock.name, { role: "preference", settings: cookieSettings.clock }],
  [cookieSettings.tour.name, { role: "preference", settings: cookieSettings.tour }],
  [cookieSettings.theme.name, { role: "preference", settings: cookieSettings.theme }],
  [cookieSettings.language.name, { role: "preference", settings: cookieSettings.language }],
  // Not a credential: it earns this browser its own login-throttle budget for those accounts.
  [
    cookieSettings.device.name,
    { role: "known device (login throttle)", settings: cookieSettings.device },
  ],
  ...Object.values(cookieSettings.httpsLab).map(
    (settings) => [settings.name, { role: "lab test cookie" as const, settings }] as const,
  ),
]);

export { fingerprint };

function cookieViews(cookies: CookieList): CookieView[] {
  return cookies.getAll().map(({ name, value }) => {
    const known = ROLES.get(name);
    const options = known?.settings.options as CookieView["attributes"] | undefined;
    return {
      name,
      bytes: Buffer.byteLength(value),
      fingerprint: fingerprint(value),
      role: known?.role ?? "unknown",
      attributes: options
        ? {
            httpOnly: options.httpOnly,
            secure: options.secure,
            sameSite: options.sameSite,
            path: options.path,
            maxAge: options.maxAge ?? null,
          }
        : null,
    };
  });
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

/**
 * Decodes a compact JWS the way anyone could (no key), with this server's verdict on it (the
 * DAL's: signature, claims and, under a revoking strategy, revocation).
 */
export function tokenView(token: string, verdict: JwtAuth): TokenView {
  const [header = "", payload = "", signature = ""] = token.split(".");
  let decodedHeader: unknown = null;
  let decodedPayload: unknown = null;
  try {
    decodedHeader = decodeProtectedHeader(token);
    decodedPayload = decodeJwt(token);
  } catch {
    // Not decodable: shown as null, and the verification below says why.
  }
  return {
    bytes: token.length,
    segmentCount: token.split(".").length,
    segments: { header: header.length, payload: payload.length, signature: signature.length },
    header: decodedHeader,
    payload: decodedPayload,
    signaturePreview: `${signature.slice(0, 10)}…`,
    verified: verdict.ok,
    reason: verdict.ok ? "ok" : verdict.reason,
  };
}

export interface ProofView {
  header: unknown;
  claims: unknown;
  verified: boolean;
  reason: string;
  /** What checking it cost here (µs): the embedded key's signature, the rules, the jti record. */
  micros: number | null;
}

/** The request's own DPoP proof, decoded (a proof is good for one request: no secret). */
function proofView(
  proof: string | null,
  micros: number | null,
  verdict: JwtAuth,
): ProofView | null {
  if (proof === null) return null;
  let header: unknown = null;
  let claims: unknown = null;
  try {
    header = decodeProtectedHeader(proof);
    claims = decodeJwt(proof);
  } catch {
    // Not decodable: the verdict says why.
  }
  const reason = verdict.ok ? "ok" : verdict.reason;
  return { header, claims, verified: verdict.ok, reason, micros };
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
    session: { ...(await sessionView(cookies)), store: await getSessionStore().totals(now) },
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
