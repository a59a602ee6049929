import type { AttackTarget, IssuedKind, RangeMaterial } from "@/lib/threats/jwt-range/attacks";

/** The range's API as the workbench's browser script calls it. */

export type NaiveAnswer =
  | { accepted: true; via: string[]; claims: Record<string, unknown> }
  | { accepted: false; reason: string };
export type RealAnswer =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string };
export interface Verdicts {
  naive: NaiveAnswer;
  real: RealAnswer;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `the range answered ${response.status}`);
  return body;
}

export async function issueRangeToken(kind: IssuedKind | "weak"): Promise<string> {
  const response = await fetch("/api/threats/jwt/issue", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind }),
  });
  return (await json<{ token: string }>(response)).token;
}

/** What the attacker has: the range's public key, their own key pair, a way to get tokens. */
export async function loadMaterial(): Promise<RangeMaterial> {
  const keys = await json<Omit<RangeMaterial, "issue">>(
    await fetch("/api/threats/jwt/keys", { cache: "no-store" }),
  );
  return { ...keys, issue: issueRangeToken };
}

export async function sendToVerifiers(
  token: string,
  target: AttackTarget,
  mistakes: readonly string[],
): Promise<Verdicts> {
  const response = await fetch("/api/threats/jwt/verify", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, target, mistakes }),
  });
  return json<Verdicts>(response);
}
