"use client";

import { useSyncExternalStore } from "react";
import type { CookieView } from "@/lib/inspect/cookie-view";
import type { InspectorState } from "@/lib/inspect/state";
import type { Trace } from "@/lib/inspect/trace";
import { useTranslations } from "next-intl";
import { Term } from "@/app/_components/term";
import { formatBytes } from "./format";

// Each cookie's role in the lab (lib/inspect/cookie-view.ts), by its messages key.
const ROLE_KEYS: Record<CookieView["role"], string> = {
  "session credential": "session",
  "sealed session credential": "sealed",
  "session cookie cache": "cache",
  "JWT credential": "jwt",
  "BFF session credential": "bff",
  preference: "preference",
  inspector: "inspector",
  "lab test cookie": "labTest",
  "known device (login throttle)": "knownDevice",
  unknown: "unknown",
};

const noSubscription = () => () => {};
const readDocumentCookie = () => document.cookie;

/** What crosses the wire: the cookies this browser holds, what scripts can see, the last Set-Cookie. */
export function WireSection({
  state,
  latest,
}: {
  state: InspectorState;
  latest: Trace | undefined;
}) {
  // Read on every render (each new snapshot re-renders): exactly what page scripts can see.
  const documentCookie = useSyncExternalStore(noSubscription, readDocumentCookie, () => "");
  const lastSetCookies = latest?.setCookies ?? [];
  const t = useTranslations("inspector.wire");
  return (
    <div className="space-y-3">
      <table className="w-full text-left text-xs" aria-label={t("tableLabel")}>
        <thead className="text-slate-500">
          <tr>
            <th scope="col">{t("cookie")}</th>
            <th scope="col">{t("size")}</th>
            <th scope="col">{t("attributes")}</th>
            <th scope="col">{t("scripts")}</th>
          </tr>
        </thead>
        <tbody>
          {state.cookies.map((cookie) => (
            <tr key={cookie.name} className="align-top">
              <td>
                <code>{cookie.name}</code>
                <div className="text-slate-500">{t(`roles.${ROLE_KEYS[cookie.role]}`)}</div>
              </td>
              <td>{formatBytes(cookie.bytes)}</td>
              <td>
                {cookie.attributes
                  ? [
                      cookie.attributes.httpOnly ? "HttpOnly" : null,
                      cookie.attributes.secure ? "Secure" : null,
                      `SameSite=${cookie.attributes.sameSite}`,
                      `Path=${cookie.attributes.path}`,
                      `Max-Age=${cookie.attributes.maxAge ?? t("tokenLifetime")}`,
                    ]
                      .filter(Boolean)
                      .join("; ")
                  : t("notByServer")}
              </td>
              <td>{cookie.attributes?.httpOnly ? t("hidden") : t("readable")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600">
        {t("meanings")} <Term id="httponly">HttpOnly</Term> · <Term id="secure">Secure</Term> ·{" "}
        <Term id="samesite">SameSite</Term> · <Term id="path">{t("pathAndMaxAge")}</Term> ·{" "}
        <Term id="set-cookie">Set-Cookie</Term>
      </p>
      <p className="text-xs">
        <span className="text-slate-500">{t("documentCookie")} </span>
        <code data-testid="document-cookie">{documentCookie || t("empty")}</code>
      </p>
      {latest?.credential.kind === "bearer" && (
        <p className="text-xs">
          {t("lastBearer")} <code>Authorization: Bearer …</code> (
          {formatBytes(latest.credential.bytes)})
        </p>
      )}
      <div className="text-xs">
        <p className="text-slate-500">
          {t("lastSetCookie", {
            request: latest ? `${latest.method} ${latest.path}` : t("noneYet"),
          })}
        </p>
        {lastSetCookies.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul>
            {lastSetCookies.map((c) => (
              <li key={c.name}>
                <code>
                  {c.name}={c.cleared ? "" : `<${formatBytes(c.bytes)}>`}; {c.attributes.join("; ")}
                </code>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
