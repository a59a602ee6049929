"use client";
// Client component: re-issues the token with custom claims and shows, live, what the browser did
// with the cookie and what the Authorization header carried.

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/app/_components/form-fields";

interface Reissue {
  bytes: number;
  cookieBytes: number;
  fitsInCookie: boolean;
  warnings: string[];
  cookieCarriedNew: boolean;
  bearerStatus: number;
}

const LIMIT = 4096;

export function CustomClaimsForm() {
  const router = useRouter();
  const t = useTranslations("jwtArea.claims");
  const [result, setResult] = useState<Reissue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reissue(formData: FormData) {
    setBusy(true);
    setError(null);
    try {
      const name = String(formData.get("claimName") ?? "").trim();
      const claims = name ? { [name]: String(formData.get("claimValue") ?? "") } : {};
      const padBytes = Number(formData.get("padBytes") ?? 0) || 0;
      const response = await fetch("/api/jwt/claims", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ claims, padBytes }),
      });
      const body = await response.json();
      if (!response.ok) {
        setError(body.message ?? t("error", { status: response.status }));
        return;
      }
      // What does each transport carry now? The cookie only if the browser accepted it.
      const viaCookie = await (await fetch("/api/jwt/me", { cache: "no-store" })).json();
      const viaBearer = await fetch("/api/jwt/me", {
        headers: { authorization: `Bearer ${body.accessToken}` },
        cache: "no-store",
      });
      setResult({
        bytes: body.bytes,
        cookieBytes: body.cookieBytes,
        fitsInCookie: body.fitsInCookie,
        warnings: body.warnings,
        cookieCarriedNew: viaCookie?.claims?.jti === body.claims.jti,
        bearerStatus: viaBearer.status,
      });
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    // onSubmit, not a form action: React resets a form after its action, and the values typed here
    // should stay for the next try.
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void reissue(new FormData(event.currentTarget));
      }}
      className="space-y-3"
      noValidate
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="claimName" label={t("name")} autoComplete="off" />
        <TextField name="claimValue" label={t("value")} autoComplete="off" />
        <TextField name="padBytes" label={t("padding")} autoComplete="off" defaultValue="0" />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-slate-900 px-4 py-2 text-white disabled:opacity-60"
      >
        {t("submit")}
      </button>
      {result && (
        <div className="space-y-2 text-sm" data-testid="reissue-result">
          <p>
            {t("newToken", { bytes: result.bytes, cookieBytes: result.cookieBytes, limit: LIMIT })}
          </p>
          <meter
            min={0}
            max={LIMIT * 2}
            low={LIMIT * 0.9}
            high={LIMIT}
            value={result.cookieBytes}
            className="w-full"
            aria-label={t("meter")}
          />
          <p data-testid="cookie-outcome">
            {result.cookieCarriedNew ? t("cookieNew") : t("cookieDropped")}
          </p>
          <p data-testid="bearer-outcome">{t("bearer", { status: result.bearerStatus })}</p>
          {result.warnings.map((warning) => (
            <p
              key={warning}
              role="alert"
              className="rounded border border-amber-300 bg-amber-50 px-2 py-1"
            >
              ⚠ {warning}
            </p>
          ))}
        </div>
      )}
    </form>
  );
}
