import "server-only";
import { config } from "@/config";
import { countDots, isCanonicalBase64url } from "@/ground/compact-token";
import { decodeSegment, splitToken } from "@/lib/threats/jwt-range/forge";
import type { Mistake, Work } from "@/lib/threats/jwt-range/mistakes";

/**
 * How the naive verifier reads a token's shape, before any key: its size, its dots, its
 * serialization (compact or JSON), its base64url. Each switch is a mistake found in real code.
 */

type Json = Record<string, unknown>;

export type Read =
  | {
      ok: true;
      form: "jws";
      header: Json;
      claims: Json;
      /** What the signature covers, as it was sent. */
      input: string;
      signature: string;
      via: Mistake[];
    }
  | { ok: true; form: "jwe"; header: Json; via: Mistake[] }
  | { ok: false; reason: string; via?: Mistake[]; work?: Work };

// A compact JWS has two dots, a compact JWE four: counted before anything is split or decoded.
const MAX_DOTS = 4;

/** The bug of CVE-2025-30204 and CVE-2025-27144: split on every dot, decode every piece, then look. */
function splitEverything(text: string): Work {
  const pieces = text.split(".");
  let decodedBytes = 0;
  for (const piece of pieces) decodedBytes += Buffer.from(piece, "base64url").length;
  return { pieces: pieces.length, decodedBytes };
}

/**
 * The JSON serialization (flattened, or general with a `signatures` array), read the way
 * python-jwt did before CVE-2022-39227: the signature is checked over the JSON members, but the
 * claims are read the compact way — from whatever sits between the text's first two dots.
 */
function readJson(text: string, via: Mistake[]): Read {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const signatures = value.signatures;
  const first = (Array.isArray(signatures) ? signatures[0] : value) as Json | undefined;
  const [protectedText, payload, signature] = [first?.protected, value.payload, first?.signature];
  if (![protectedText, payload, signature].every((part) => typeof part === "string")) {
    return { ok: false, reason: "malformed" };
  }
  const header = decodeSegment(protectedText as string);
  const claims = decodeSegment(text.split(".")[1] ?? "") ?? decodeSegment(payload as string);
  if (header === null || claims === null) return { ok: false, reason: "malformed" };
  return {
    ok: true,
    form: "jws",
    header,
    claims,
    input: `${protectedText as string}.${payload as string}`,
    signature: signature as string,
    via: [...via, "accept_json"],
  };
}

/** The token's shape as the naive verifier, with the mistakes `on`, reads it. */
export function readToken(token: string, on: ReadonlySet<Mistake>): Read {
  const text = token.trim();
  const oversized = text.length > config.limits.maxJwtBytes;
  if (!on.has("no_size_limit")) {
    if (oversized) return { ok: false, reason: "too_large" };
    if (countDots(text, MAX_DOTS) > MAX_DOTS) return { ok: false, reason: "malformed" };
    return readShape(text, on);
  }
  const work = splitEverything(text);
  const read = readShape(text, on);
  if (!oversized && work.pieces <= MAX_DOTS + 1) return read;
  // All that work for a token no issuer of its own could have made — and only now does it look.
  if (read.ok) return { ...read, via: [...read.via, "no_size_limit"] };
  return { ok: false, reason: read.reason, via: ["no_size_limit"], work };
}

function readShape(text: string, on: ReadonlySet<Mistake>): Read {
  if (text.startsWith("{")) {
    return on.has("accept_json") ? readJson(text, []) : { ok: false, reason: "not_compact" };
  }
  const parts = text.split(".");
  if (parts.length === 5) {
    const header = decodeSegment(parts[0]!);
    if (header === null) return { ok: false, reason: "malformed" };
    return { ok: true, form: "jwe", header, via: [] };
  }
  if (parts.length !== 3) return { ok: false, reason: "malformed" };
  const via: Mistake[] = [];
  if (!parts.every(isCanonicalBase64url)) {
    if (!on.has("lenient_base64")) return { ok: false, reason: "not_canonical" };
    via.push("lenient_base64");
  }
  const split = splitToken(text);
  if (split === null) return { ok: false, reason: "malformed" };
  const [header, signed, signature] = parts as [string, string, string];
  return {
    ok: true,
    form: "jws",
    header: split.header,
    claims: split.payload,
    input: `${header}.${signed}`,
    signature,
    via,
  };
}
