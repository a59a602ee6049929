import type { Expectation, VerifyingKey } from "@/lib/threats/libraries/material";

/**
 * One JWT library as the matrix calls it: the way its README's quick-start verifies a token, and
 * the options a careful user adds, each of which can be switched on alone (so the matrix can say
 * which option closes which hole). Every library gets the same RS256 public key.
 */

export interface LibraryOption {
  id: string;
  /** The option as it is written in a call to this library. */
  code: string;
}

/** Verifies one token: resolves with the claims, or rejects (a refusal). */
export type Verify = (token: string) => Promise<unknown>;

export interface Library {
  id: string;
  /** The npm package the version is read from. */
  packageName: string;
  /** The quick-start's call, as its README shows it (with this key). */
  quickStart: string;
  options: readonly LibraryOption[];
  /** The verifier with these options on, built once as an app would build it at start-up. */
  verifier: (key: VerifyingKey, on: ReadonlySet<string>, expect: Expectation) => Verify;
}
