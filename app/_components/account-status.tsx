"use client";
// Client component: it asks who this browser is after each navigation, so no page pays for the
// header's check inside its own trace (and cached pages stay cacheable).

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { logoutAction as logOutOfSealed } from "@/app/sealed/actions";
import { logoutAction as logOutOfJwt } from "@/app/jwt/actions";
import { logoutAction as logOutOfSession } from "@/app/session/actions";
import type { WhoAmI } from "@/lib/inspect/whoami";

const AREAS = [
  { area: "session", logOut: logOutOfSession },
  { area: "sealed", logOut: logOutOfSealed },
  { area: "jwt", logOut: logOutOfJwt },
] as const;

/** Per area: logged in as whom (with log out), or a link to log in; an admin link for admins. */
export function AccountStatus({ renderId }: { renderId: string }) {
  const pathname = usePathname();
  const t = useTranslations("header");
  const areas = useTranslations("areas");
  const [who, setWho] = useState<WhoAmI | null>(null);
  useEffect(() => {
    let current = true;
    fetch("/api/inspect/whoami", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<WhoAmI>) : null))
      .then((next) => current && setWho(next))
      .catch(() => {}); // offline: the header simply shows nothing about logins
    return () => {
      current = false;
    };
  }, [pathname, renderId]);
  // Until the answer comes, the logged-out row holds the place, unseen: no layout shift under
  // the reader's finger (a click landed on the wrong thing at 360 px when the row appeared).
  const shown = who ?? { session: null, sealed: null, jwt: null };
  return (
    <div
      className={`flex flex-wrap items-center gap-3 text-sm ${who === null ? "invisible" : ""}`}
      aria-hidden={who === null || undefined}
      data-testid={who === null ? undefined : "account-status"}
    >
      {AREAS.map(({ area, logOut }) => {
        const label = areas(area);
        const login = shown[area];
        return (
          <div
            key={area}
            className="flex items-center gap-1"
            data-testid={who === null ? undefined : `account-${area}`}
          >
            <span className="font-semibold">{label}:</span>
            {login === null ? (
              <Link href={`/${area}/login`} prefetch={false} className="underline">
                {t("logIn")}
              </Link>
            ) : (
              <form action={logOut} className="flex items-center gap-1">
                <span translate="no">{login.name}</span>
                <button
                  type="submit"
                  className="underline"
                  aria-label={t("logOutOf", { area: label })}
                >
                  {t("logOut")}
                </button>
              </form>
            )}
          </div>
        );
      })}
      {shown.session?.role === "admin" && (
        <Link href="/admin" prefetch={false} className="underline" data-testid="admin-link">
          {t("admin")}
        </Link>
      )}
    </div>
  );
}
