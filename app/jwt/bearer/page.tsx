import type { Metadata } from "next";
import { AreaBadge, HowItWorks } from "@/app/_components/ui";
import { BearerDashboard } from "./components";

export const metadata: Metadata = { title: "JWT in localStorage" };

/**
 * The localStorage variant of the JWT dashboard. The server cannot check anything for this page
 * itself — the credential is not sent with page loads — so the page asks the API from script,
 * and the API checks the Bearer token as always.
 */
export default function BearerPage() {
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> Token in localStorage (the risky choice)
      </h1>
      <BearerDashboard />
      <HowItWorks>
        <p>
          The login answer&apos;s token was stored by page script in <code>localStorage</code> and
          is sent as an <code>Authorization: Bearer</code> header. Browsers never send it on their
          own, so a cross-site form cannot ride on it (no CSRF) — but any script running in this
          page can read it and send it elsewhere (XSS).
        </p>
        <p>
          The HttpOnly cookie is the opposite trade: scripts cannot read it, and the browser
          attaches it by itself.
        </p>
      </HowItWorks>
    </div>
  );
}
