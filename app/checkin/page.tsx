import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import Link from "next/link";
import { Card, HowItWorks } from "@/app/_components/ui";
import { CheckInDesk } from "./components";

export const metadata: Metadata = { title: "Check-in desk" };

/** The door of C30: a verifier that holds only the issuer's public keys. Public on purpose. */
export default function CheckInPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Check-in desk</h1>
      <NeedsScript>
        The desk needs JavaScript: it verifies passes in this page, with no server at all.
      </NeedsScript>
      <p className="max-w-3xl text-slate-700">
        The door of the lab&apos;s event. It checks the{" "}
        {/* No prefetch: the desk makes no request it does not need (and this page is protected). */}
        <Link href="/jwt/pass" prefetch={false} className="underline">
          passes
        </Link>{" "}
        users get in the JWT area — with the issuer&apos;s public keys only, in this browser, even
        with the network switched off.
      </p>
      <Card title="At the door">
        <CheckInDesk />
      </Card>
      <HowItWorks>
        <p>
          Download the keys once while online: <code>/.well-known/jwks.json</code> holds only public
          keys, so anyone may have them, and the desk keeps them in <code>localStorage</code>. Then
          go offline (airplane mode, or unplug): scanning decodes the QR code on a canvas and
          verifies the JWT with jose in the page — signature, issuer, audience, type, expiry.
          Nothing asks the server, let alone its database.
        </p>
        <p>
          What offline cannot do: learn that a key was retired or a pass withdrawn after the keys
          were downloaded, or that a copy of a pass was already used at <em>another</em> door. The
          desk remembers the pass ids it admitted itself; more than that needs the network again.
        </p>
      </HowItWorks>
    </div>
  );
}
