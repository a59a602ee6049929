import { freshnessAt } from "@/lib/auth/step-up/step-up";
import { proveFreshness, type FreshAuthentication } from "@/lib/auth/step-up/proof";

/** A fresh authentication for tests: as if `userId` had just typed the password. */
export function freshProof(userId: number): FreshAuthentication {
  const now = Date.now();
  const proof = proveFreshness(userId, freshnessAt(now, now));
  if (proof === null) throw new Error("a login made now is fresh");
  return proof;
}
