"use client";

import type { InspectorState } from "@/lib/inspect/state";
import type { SessionStoreKind } from "@/lib/session-store/store";
import { formatAgo, formatBytes, formatCountdown } from "./format";
import { JwtServerSection } from "./jwt-server-section";
import { useJudgedNow } from "./use-inspector";
import type { AuthArea } from "@/lib/config/types";

/** What the server keeps: the session record (session mode) or nothing at all (JWT mode). */
export function ServerSection({ state, area }: { state: InspectorState; area: AuthArea }) {
  const now = useJudgedNow(state);
  if (area === "jwt") return <JwtServerSection state={state} />;
  const { record, reason, store } = state.session;
  return (
    <div className="space-y-2 text-xs" data-testid="server-keeps">
      {record === null ? (
        <p>
          No session record for this browser <code>({reason})</code>.
        </p>
      ) : (
        <dl
          className="grid grid-cols-[max-content_1fr] gap-x-3"
          aria-label="This browser's session record"
        >
          <dt className="text-slate-500">id (hash)</dt>
          <dd>
            <code>{record.idPrefix}…</code>
          </dd>
          <dt className="text-slate-500">user</dt>
          <dd>
            {record.user.username} ({record.user.role})
          </dd>
          <dt className="text-slate-500">created</dt>
          <dd>{formatAgo(record.createdAt, now)}</dd>
          <dt className="text-slate-500">last seen</dt>
          <dd>{formatAgo(record.lastSeenAt, now)}</dd>
          <dt className="text-slate-500">idle expiry</dt>
          <dd>{formatCountdown(record.idleExpiresAt, now)}</dd>
          <dt className="text-slate-500">absolute expiry</dt>
          <dd>{formatCountdown(record.expiresAt, now)}</dd>
          <dt className="text-slate-500">device</dt>
          <dd className="break-all">{record.userAgent ?? "unknown"}</dd>
        </dl>
      )}
      <p data-testid="store-totals">
        The <strong>{store.kind}</strong> store holds <strong>{store.rows}</strong> session
        {store.rows === 1 ? "" : "s"} ({formatBytes(store.dataBytes)}{" "}
        {store.diskBytes === null
          ? "in RAM"
          : `of data, ${formatBytes(store.diskBytes)} on disk with indexes`}
        ) — it grows with every logged-in device. {STORE_NOTE[store.kind]}
      </p>
    </div>
  );
}

const STORE_NOTE: Record<SessionStoreKind, string> = {
  sqlite: "A file beside the users table: sessions survive a restart; one machine only.",
  memory: "A Map in this process: the fastest lookup, and every session is lost when it stops.",
  redis: "A shared server: every app instance sees the same sessions; one network hop a lookup.",
};
