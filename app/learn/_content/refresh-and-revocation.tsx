import { Term } from "@/app/_components/term";

export default function RefreshAndRevocation() {
  return (
    <>
      <p>
        A JWT is valid until its <Term id="exp">exp</Term>, wherever it is. Logging out clears the
        browser&apos;s cookie, but the server kept nothing it could delete: a copy taken before
        logout still verifies. That is why <Term id="access-token">access tokens</Term> are short (5
        minutes here) — the expiry is the revocation.
      </p>
      <p>
        To avoid logging in every five minutes, the login also gets a{" "}
        <Term id="refresh-token">refresh token</Term>: opaque, long-lived, kept by the server as a
        record, sent only to <code>/api/jwt/refresh</code>. Each use rotates it — the old one is
        marked used, a new one is issued — and presenting a used one again means a copy exists: the
        whole <Term id="refresh-family">refresh family</Term> is revoked. Logout ends the family, so
        no new access token can be had; the last one still runs out its minutes.
      </p>
      <p>
        Instant <Term id="revocation">revocation</Term> of the access token itself needs state: a{" "}
        <Term id="denylist">deny-list</Term> of revoked ids, or the user&apos;s{" "}
        <Term id="ver">token version</Term> checked on each request. Either adds a lookup per
        request — the very cost JWTs were meant to avoid. The common production answer is this pair:
        short access tokens plus a server-side refresh record.
      </p>
    </>
  );
}
