import type { Claim } from "../claim";

/** Beyond a bearer token: proof of possession, step-up and renewal shared between tabs. */
export const BEYOND_BEARER_CLAIMS: readonly Claim[] = [
  {
    id: "C50",
    topic: "Beyond bearer",
    sentence:
      "A DPoP-bound token works only with a fresh proof signed by the key it names (cnf.jkt): a copy of the token, of its refresh token or of a proof is refused anywhere else, while a copied Bearer token works from anywhere.",
    shownAt: "/jwt/dpop",
  },
  {
    id: "C51",
    topic: "Beyond bearer",
    sentence:
      "An injected script cannot export a non-extractable WebCrypto key, but can sign proofs with it while the page is open: sender-constraining limits theft, not abuse.",
    shownAt: "/jwt/dpop",
  },
  {
    id: "C52",
    topic: "Beyond bearer",
    sentence:
      "A sensitive action (ending other devices or logins, an admin's force logout, retiring a key) needs a password typed within the last 10 minutes: a session counts from its creation, a JWT from its auth_time, which a refresh keeps.",
    shownAt: "/admin",
  },
  {
    id: "C53",
    topic: "Beyond bearer",
    sentence:
      "Tabs that renew on their own send one refresh token at once: the server's grace window serves those within two seconds, but a later tab looks exactly like a thief and reuse detection revokes the family; tabs that take turns (Web Locks) renew once and share the result.",
    shownAt: "/jwt/bearer",
  },
];
