import { Term } from "@/app/_components/term";

export default function JwtAnatomy() {
  return (
    <>
      <p>
        A <Term id="jwt">JWT</Term> is three base64url parts joined by dots:{" "}
        <code>header.payload.signature</code>. The header names the <Term id="alg">algorithm</Term>{" "}
        and the <Term id="kid">key id</Term>; the payload holds the <Term id="claims">claims</Term>{" "}
        — <Term id="sub">sub</Term>, <Term id="iss">iss</Term>, <Term id="aud">aud</Term>,{" "}
        <Term id="iat">iat</Term>, <Term id="exp">exp</Term>, <Term id="jti">jti</Term> and this
        app&apos;s own <Term id="ver">ver</Term> and <Term id="fid">fid</Term>. Anyone holding the
        token can decode the payload: a <Term id="jws">signed token</Term> is not secret, so never
        put a secret in it.
      </p>
      <p>
        The <Term id="signature">signature</Term> is what makes it a credential. The server computes
        it over the header and payload with its private key; changing any byte — a role, an expiry,
        the algorithm — makes verification fail. To validate a token this server, in order: splits
        it into three parts; reads the header and accepts only its configured algorithm (never{" "}
        <code>none</code>); picks the key by <code>kid</code>; checks the signature; checks{" "}
        <code>iss</code>, <code>aud</code> and <code>exp</code> (and the configured lifetime counted
        from <code>iat</code>); and, only under a revoking strategy, asks its deny-list or the
        user&apos;s token version. No database is needed for the rest.
      </p>
      <p>
        Signing proves who made the token; encryption hides what it says. A{" "}
        <Term id="jwe">JWE</Term> has five parts and an unreadable payload — useful when claims must
        stay private from the client, not a substitute for the signature.
      </p>
    </>
  );
}
