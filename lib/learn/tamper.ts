import "server-only";
import { readAccessToken } from "@/lib/auth/credentials";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { judgingTime } from "@/lib/auth/clock";
import { encodeSegment, splitToken } from "@/lib/threats/jwt-range/forge";
import type { CookieList, HeaderReader } from "@/ground/readers";

/**
 * The integrity lesson, run for real on the reader's own token: three forged copies, each given
 * to the same verification the proxy and the DAL use, and the reason each one is refused.
 * Nothing is stored and nothing is granted: the copies exist only for this answer.
 */

/** What was changed in the copy (its wording is `faq.tamper.KIND`). */
export type TamperKind = "payload" | "none" | "signature" | "ciphertext";

export interface TamperOutcome {
  change: TamperKind;
  accepted: boolean;
  reason: string;
}

/** A different character at the same place (base64url stays valid). */
function flipLast(segment: string): string {
  const last = segment.at(-2) ?? "A";
  return `${segment.slice(0, -2)}${last === "A" ? "B" : "A"}${segment.slice(-1)}`;
}

/** The forged copies of `token` and this server's verdict on each. */
export async function tamperWith(token: string, now = Date.now()): Promise<TamperOutcome[]> {
  const parts = token.split(".");
  const forgeries: [TamperKind, string][] = [];
  if (parts.length === 3) {
    const [header = "", payload = "", signature = ""] = parts;
    const decoded = splitToken(token);
    const claims = decoded?.payload ?? {};
    const head = decoded?.header ?? {};
    forgeries.push(
      ["payload", `${header}.${encodeSegment({ ...claims, role: "admin" })}.${signature}`],
      ["none", `${encodeSegment({ ...head, alg: "none" })}.${payload}.`],
      ["signature", `${header}.${payload}.${flipLast(signature)}`],
    );
  } else {
    const ciphertext = parts[3] ?? "";
    parts[3] = flipLast(ciphertext);
    forgeries.push(["ciphertext", parts.join(".")]);
  }
  return Promise.all(
    forgeries.map(async ([change, forged]) => {
      const verdict = await validateAccessToken(forged, now);
      return { change, accepted: verdict.ok, reason: verdict.ok ? "accepted" : verdict.reason };
    }),
  );
}

/** The same, for the token this browser sent (null: it sent none), judged by its clock. */
export async function tamperWithCredential(
  cookies: CookieList,
  headers: HeaderReader,
): Promise<TamperOutcome[] | null> {
  const credential = readAccessToken(cookies, headers);
  if (credential === null) return null;
  return tamperWith(credential.token, judgingTime(cookies, Date.now()));
}
