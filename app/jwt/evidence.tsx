import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui";
import type { JwtAuth } from "@/lib/auth/dal";

type Verified = Extract<JwtAuth, { ok: true }>;

/**
 * The token's evidence: its header and payload decoded, as anyone holding it could. Of the
 * signature only the start and the length: the token is an HttpOnly credential, never echoed.
 */
export function TokenCard({
  header,
  claims,
  signature,
}: Pick<Verified, "header" | "claims"> & { signature: string }): ReactNode {
  return (
    <Card title="The decoded token">
      <p className="mb-1 text-sm text-slate-500">Header</p>
      <pre
        aria-label="Decoded header"
        className="mb-3 overflow-x-auto rounded bg-slate-100 p-2"
        tabIndex={0}
      >
        {JSON.stringify(header, null, 2)}
      </pre>
      <p className="mb-1 text-sm text-slate-500">Payload</p>
      <pre
        aria-label="Decoded payload"
        className="mb-3 overflow-x-auto rounded bg-slate-100 p-2"
        tabIndex={0}
      >
        {JSON.stringify(claims, null, 2)}
      </pre>
      <p className="text-sm text-slate-500">
        Signature: <code>{signature.slice(0, 10)}…</code> ({signature.length} characters)
      </p>
    </Card>
  );
}
