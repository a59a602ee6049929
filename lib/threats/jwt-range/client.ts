import { postJson, readAnswer } from "@/lib/threats/lab-fetch";
import type { AttackTarget, RangeMaterial } from "@/lib/threats/jwt-range/attacks";
import type { RangeTokenKind } from "@/lib/threats/jwt-range/issue";
import type { NaiveVerdict } from "@/lib/threats/jwt-range/mistakes";

/** The range's API as the workbench's browser script calls it. */

export type NaiveAnswer = NaiveVerdict;
export type RealAnswer =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string };
export interface Verdicts {
  naive: NaiveAnswer;
  real: RealAnswer;
}

export async function issueRangeToken(kind: RangeTokenKind): Promise<string> {
  return (await postJson<{ token: string }>("/api/threats/jwt/issue", { kind })).token;
}

/** What the attacker has: the range's public key, their own key pair, a way to get tokens. */
export async function loadMaterial(): Promise<RangeMaterial> {
  const keys = await readAnswer<Omit<RangeMaterial, "issue">>(
    await fetch("/api/threats/jwt/keys", { cache: "no-store" }),
  );
  return { ...keys, issue: issueRangeToken };
}

/** `warm`: a token the naive server is to have verified just before (its memo remembers it). */
export async function sendToVerifiers(
  token: string,
  target: AttackTarget,
  mistakes: readonly string[],
  warm?: string,
): Promise<Verdicts> {
  return postJson<Verdicts>("/api/threats/jwt/verify", { token, target, mistakes, warm });
}
