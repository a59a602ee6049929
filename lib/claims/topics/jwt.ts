import type { Claim } from "../claim";

/** JWTs: a signed token verified without the database, and what statelessness costs. */
export const JWT_CLAIMS: readonly Claim[] = [
  {
    id: "C16",
    topic: "JWT",
    sentence: "Login signs a JWT with user id, role and expiry; no server record is created.",
    shownAt: "/jwt",
  },
  {
    id: "C17",
    topic: "JWT",
    sentence: "A JWT is signed, not encrypted: its header and payload decode without any key.",
    shownAt: "/jwt",
  },
  {
    id: "C18",
    topic: "JWT",
    sentence:
      "Any change to the token (payload, header, signature) makes verification fail, with the library's error code shown.",
    shownAt: "/jwt",
  },
  {
    id: "C19",
    topic: "JWT",
    sentence:
      "Verification needs no database: a JWT request costs a signature check and zero queries.",
    shownAt: "/jwt",
  },
  {
    id: "C20",
    topic: "JWT",
    sentence: "An expired JWT is rejected; the client must refresh or log in again.",
    shownAt: "/jwt",
  },
  {
    id: "C21",
    topic: "JWT",
    sentence:
      "A JWT travels in an HttpOnly cookie or in `Authorization: Bearer` (client storage), by choice.",
    shownAt: "/jwt/bearer",
  },
  {
    id: "C22",
    topic: "JWT",
    sentence: "Logout cannot kill a JWT: a copy taken before logout keeps working until `exp`.",
    shownAt: "/compare",
  },
  {
    id: "C23",
    topic: "JWT",
    sentence:
      "Revocation options cost state: a deny-list (or token version) stops the copy but adds a lookup per request, partly giving up statelessness.",
    shownAt: "/admin",
  },
  {
    id: "C24",
    topic: "JWT",
    sentence:
      "Rotating the signing key (and retiring the old one) logs everyone out; a graceful rotation with `kid` does not.",
    shownAt: "/admin",
  },
  {
    id: "C25",
    topic: "JWT",
    sentence:
      "Short-lived access tokens plus rotating refresh tokens; reuse of an old refresh token is detected and kills its family.",
    shownAt: "/jwt",
  },
  {
    id: "C26",
    topic: "JWT",
    sentence:
      "Bigger payloads make bigger tokens; a cookie past ~4096 bytes is refused by the browser while a header still carries it.",
    shownAt: "/jwt",
  },
  {
    id: "C27",
    topic: "JWT",
    sentence: "A role change is not seen by a JWT until it is re-issued (stale claims).",
    shownAt: "/compare",
  },
  {
    id: "C28",
    topic: "JWT",
    sentence:
      "JWE: the encrypted form has five segments and its payload cannot be read without the key.",
    shownAt: "/jwt",
  },
  {
    id: "C29",
    topic: "JWT",
    sentence:
      "Stateless verification scales out: another instance, or a service holding only the public JWKS, verifies the token.",
    shownAt: "/.well-known/jwks.json",
  },
  {
    id: "C30",
    topic: "JWT",
    sentence:
      "A signed JWT can be a QR check-in pass, verified without contacting the issuer's database.",
    shownAt: "/jwt/pass",
  },
  {
    id: "C38",
    topic: "JWT",
    sentence:
      "Forged copies of your own valid token — an edited payload, `alg: none`, one changed signature character — are each refused, with the verifier's reason.",
    shownAt: "/faq#integrity",
  },
];
