"use client";
// Client component: it asks who this browser is after each navigation, so no page pays for the
// header's check inside its own trace (and cached pages stay cacheable).

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { logoutAction as logOutOfJwt } from "@/app/jwt/actions";
import { logoutAction as logOutOfSession } from "@/app/session/actions";
import type { WhoAmI } from "@/lib/inspect/whoami";

const AREAS = [
  { area: "session", label: "Session", logOut: logOutOfSession },
  { area: "jwt", label: "JWT", logOut: logOutOfJwt },
] as const;

/** Per area: logged in as whom (with log out), or a link to log in; an admin link for admins. */
export function AccountStatus({ renderId }: { renderId: string }) {
  const pathname = usePathname();
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
  if (who === null) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="account-status">
      {AREAS.map(({ area, label, logOut }) => {
        const login = who[area];
        return (
          <div key={area} className="flex items-center gap-1" data-testid={`account-${area}`}>
            <span className="font-semibold">{label}:</span>
            {login === null ? (
              <Link href={`/${area}/login`} prefetch={false} className="underline">
                log in
              </Link>
            ) : (
              <form action={logOut} className="flex items-center gap-1">
                <span>{login.name}</span>
                <button
                  type="submit"
                  className="underline"
                  aria-label={`Log out of the ${label} area`}
                >
                  log out
                </button>
              </form>
            )}
          </div>
        );
      })}
      {who.session?.role === "admin" && (
        <Link href="/admin" prefetch={false} className="underline" data-testid="admin-link">
          Admin
        </Link>
      )}
    </div>
  );
}
