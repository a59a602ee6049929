import type { Metadata } from "next";
import { AreaBadge, HowItWorks } from "@/app/_components/ui";
import { NeedsScript } from "@/app/_components/needs-script";
import { Term } from "@/app/_components/term";
import { DpopDashboard } from "./components";

export const metadata: Metadata = { title: "JWT bound to this browser (DPoP)" };

/**
 * The DPoP variant of the JWT dashboard (RFC 9449). Like the localStorage variant, the page's
 * credential is not sent with page loads — the key that signs each proof lives in page script's
 * reach only — so the page asks the API from script, and the API checks token and proof.
 */
export default function DpopPage() {
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> Token bound to this browser (DPoP)
      </h1>
      <NeedsScript>
        This variant needs JavaScript: the browser signs a proof for every request with its own key.
      </NeedsScript>
      <DpopDashboard />
      <HowItWorks>
        <p>
          At login the browser made an ES256 key pair with WebCrypto, its private half marked
          non-extractable and kept in IndexedDB: no script — this page&apos;s or an injected one —
          can read it out. The login carried a <Term id="dpop-proof">DPoP proof</Term> signed with
          it, so the server wrote the key&apos;s thumbprint into the token (
          <Term id="cnf">cnf.jkt</Term>) and bound the refresh family to it.
        </p>
        <p>
          Every request now carries <code>Authorization: DPoP</code> and a fresh proof for its
          method and URL, with the token&apos;s hash and a one-time id. The server checks the token,
          then the proof: its signature by the embedded key, that key&apos;s thumbprint against{" "}
          <code>cnf.jkt</code>, <code>htm</code>, <code>htu</code>, <code>iat</code> within a
          minute, <code>ath</code>, a <Term id="dpop-nonce">nonce</Term> it handed out, and a{" "}
          <code>jti</code> it has not seen (kept in the session store).
        </p>
        <p>
          What it buys: a stolen token, refresh token or proof is useless elsewhere. What it does
          not: a script running in this page can still use the key while the page is open —
          sender-constraining limits theft, not abuse.
        </p>
      </HowItWorks>
    </div>
  );
}
