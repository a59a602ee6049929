import { Term } from "@/app/_components/term";

export default function KeysAndJwks() {
  return (
    <>
      <p>
        With an asymmetric algorithm (EdDSA or ES256 here) the server signs with a private key and
        anyone can verify with the public one. It publishes its public keys as a{" "}
        <Term id="jwks">JWKS</Term> at <code>/.well-known/jwks.json</code>: another service, or the
        offline check-in desk, verifies tokens without the private key and without asking this
        server&apos;s database. With HS256 the same secret signs and verifies, so every verifier
        could also mint tokens.
      </p>
      <p>
        Each token&apos;s header carries the <Term id="kid">kid</Term> of the key that signed it. In
        a graceful <Term id="key-rotation">key rotation</Term> new tokens are signed with a new key
        while the old public key stays in the set until every token it signed has expired: nobody is
        logged out. Retiring the old key at once logs out everyone whose token it signed — the
        emergency brake after a key leak.
      </p>
    </>
  );
}
