"use client";
// Client-side: the refresh token is an HttpOnly cookie scoped to /api/jwt/refresh, so only a
// request from the page to that endpoint can use it; a timer in the page decides when.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { rebuildLocalPath } from "@/lib/auth/login/redirects";
import {
  announceRefresh,
  latestAnnouncedExp,
  onOtherTabRefresh,
  withRefreshLock,
} from "@/lib/ui/tab-refresh";

interface RefreshAnswer {
  expiresIn?: number;
  exp?: number;
  generation?: number;
  error?: string;
}

async function refreshNow(): Promise<RefreshAnswer & { ok: boolean }> {
  const response = await fetch("/api/jwt/refresh", { method: "POST" }).catch(() => null);
  const body = ((await response?.json().catch(() => null)) ?? {}) as RefreshAnswer;
  return { ok: response?.ok ?? false, ...body };
}

/**
 * One tab at a time (lib/ui/tab-refresh.ts): a tab that gets the lock after another tab renewed —
 * the jar already holds a newer token than this page's (`exp`) — takes it instead of renewing.
 */
async function refreshOnce(
  exp: number,
  mayTakeOthers: boolean,
): Promise<(RefreshAnswer & { ok: boolean }) | null> {
  return withRefreshLock(async () => {
    if (mayTakeOthers && latestAnnouncedExp() > exp) return null;
    const answer = await refreshNow();
    if (answer.ok) announceRefresh(answer.exp);
    return answer;
  });
}

/** What the last renewal did: another tab's token taken, or the server's answer. */
type RefreshOutcome =
  { kind: "tookOther" } | { kind: "answered"; answer: RefreshAnswer & { ok: boolean } };

/**
 * Silent refresh (C25): shortly before the access token expires — as the server judges time,
 * fast-forward offset included — trade the refresh token for a new pair, then re-render.
 */
export function SilentRefresh({
  exp,
  lifetimeSeconds,
  offsetSeconds,
}: {
  exp: number;
  lifetimeSeconds: number;
  offsetSeconds: number;
}) {
  const router = useRouter();
  const t = useTranslations("jwtArea.refresh");
  const [status, setStatus] = useState<RefreshOutcome | null>(null);
  // The exp this tab last left to another tab's renewal. Still the page's exp after the re-render
  // (the announcement was stale: a login since, a shorter lifetime), the tab renews itself.
  const [leftToOthers, setLeftToOthers] = useState<number | null>(null);
  useEffect(() => {
    const lead = Math.min(30, lifetimeSeconds * 0.25);
    const judgedNow = Date.now() / 1000 + offsetSeconds;
    // Issued now and already due (the fast-forward clock is past a whole lifetime): refreshing
    // again could only loop. The next request will ask for a login.
    if (exp - lead <= judgedNow && Date.now() / 1000 - (exp - lifetimeSeconds) < 5) return;
    const renewItself = leftToOthers === exp;
    const timer = setTimeout(
      async () => {
        const answer = await refreshOnce(exp, !renewItself);
        if (answer === null) setLeftToOthers(exp);
        setStatus(answer === null ? { kind: "tookOther" } : { kind: "answered", answer });
        router.refresh();
      },
      // Left to another tab whose token did not arrive: renew in two seconds, by itself.
      renewItself ? 2000 : Math.max(0, (exp - lead - judgedNow) * 1000),
    );
    // Another tab renewed: re-render with the new cookie (and a timer for its new exp).
    const stop = onOtherTabRefresh(() => router.refresh());
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [exp, lifetimeSeconds, offsetSeconds, router, leftToOthers]);
  return (
    <p aria-live="polite" className="text-xs text-slate-600" data-testid="silent-refresh">
      {status === null
        ? t("idle", { lead: Math.round(Math.min(30, lifetimeSeconds * 0.25)) })
        : status.kind === "tookOther"
          ? t("tookOther")
          : status.answer.ok
            ? t("done", {
                generation: status.answer.generation ?? 0,
                seconds: status.answer.expiresIn ?? 0,
              })
            : t("refused", { error: status.answer.error ?? t("network") })}
    </p>
  );
}

/**
 * On the login page after an expired access token: the refresh cookie may still be good, so try
 * it once before asking for the password — the user never notices the access token's short life.
 */
export function ResumeWithRefresh({ next }: { next: string }) {
  const router = useRouter();
  useEffect(() => {
    let cancelled = false;
    // The user typing the password and submitting wins: the login's own redirect (it may say
    // "clock=reset") must not be replaced by this renewal's answer arriving after it.
    const userLogsIn = () => {
      cancelled = true;
    };
    document.addEventListener("submit", userLogsIn, true);
    void refreshNow().then((answer) => {
      // `next` came from the query string (the page rebuilt it already): rebuilt again here, so
      // no caller can hand this navigation another origin.
      if (answer.ok && !cancelled) router.replace(rebuildLocalPath(next) ?? "/jwt");
    });
    return () => {
      cancelled = true;
      document.removeEventListener("submit", userLogsIn, true);
    };
  }, [next, router]);
  return null;
}
