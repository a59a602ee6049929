import { signValue, isSignedValue } from "@/lib/auth/signed-values";

/**
 * The mark of the backend-for-frontend's own hop to the resource API, for the inspector: a MAC of
 * the browser's inspector id, which only this server can make — so a browser cannot pass its own
 * requests off as the BFF's. It only labels a trace; it grants nothing.
 */

export const BFF_HOP_HEADER = "x-lab-bff-hop";
const PURPOSE = "bff-hop";

export function bffHopMark(inspectorId: string): string {
  return signValue(PURPOSE, inspectorId);
}

export function isBffHopMark(inspectorId: string, mark: string): boolean {
  return isSignedValue(PURPOSE, inspectorId, mark);
}
