import { Term } from "@/app/_components/term";

export default function ScalingOut() {
  return (
    <>
      <p>
        One process can keep sessions in memory; two cannot — a login on instance A is unknown to
        instance B. Sessions scale out with a shared <Term id="session-store">store</Term> (Redis
        here, or the database every instance already shares), at one network hop per{" "}
        <Term id="store-lookup">lookup</Term>. That is how most large sites run sessions.
      </p>
      <p>
        A JWT needs no shared store: every instance holding the key (or the public{" "}
        <Term id="jwks">JWKS</Term>) verifies it alone. That independence is the real advantage of
        JWTs — several services, or a device offline, checking a credential without asking the
        issuer. It ends the moment you add a deny-list: then every verifier needs the shared state
        again.
      </p>
    </>
  );
}
