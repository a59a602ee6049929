import type { ReactNode } from "react";
import { Card, Facts, Time } from "@/app/_components/ui";
import { config } from "@/config";

/**
 * The seal's evidence: only what iron-session leaves in the clear and what the server configured —
 * the seal itself is a credential, so it is measured, never echoed (not even in part).
 */
export function SealCard({
  passwordId,
  expiresAt,
  size,
}: {
  passwordId: string;
  expiresAt: number;
  size: number;
}): ReactNode {
  return (
    <Card title="The cookie itself">
      <Facts
        label="The seal"
        items={[
          ["Format", <code key="f">Fe26.2*{passwordId}*…~2 (iron-session)</code>],
          ["Size", `${size} bytes`],
          ["Sealed with password id", passwordId],
          ["Seal expires", <Time key="e" value={expiresAt} />],
          ["ttl", `${config.sealed.ttlSeconds} s`],
          ["Cookie Max-Age (ttl − 60 s)", `${config.sealed.cookieMaxAgeSeconds} s`],
          ["Kept on the server", "nothing"],
        ]}
      />
    </Card>
  );
}
