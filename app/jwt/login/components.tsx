"use client";
// Client component: these variants log in through the JSON API and keep the tokens in page
// script — exactly what makes them readable by any injected script (C32). The DPoP variant also
// signs a proof with this browser's non-extractable key, which no script can take away. The BFF
// variant keeps nothing here at all: its server keeps the tokens, the browser only a cookie.

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage, TextField } from "@/app/_components/form-fields";
import { dpopFetch, storeDpopTokens } from "@/lib/dpop/client";
import { refusalMessage, refusalOfAnswer } from "@/lib/http/refusals";
import { BEARER_REFRESH_KEY, BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";

type Variant = "bearer" | "dpop" | "bff";

const VARIANTS: Record<
  Variant,
  {
    field: string;
    label: string;
    submit: "submitBearer" | "submitDpop" | "submitBff";
    notSent: "notSent" | "notSentDpop";
    home: string;
    style: string;
  }
> = {
  bearer: {
    field: "bearer",
    label: "localStorage",
    submit: "submitBearer",
    notSent: "notSent",
    home: "/jwt/bearer",
    style: "border-amber-500 bg-amber-50",
  },
  dpop: {
    field: "dpop",
    label: "DPoP",
    submit: "submitDpop",
    notSent: "notSentDpop",
    home: "/jwt/dpop",
    style: "border-emerald-600 bg-emerald-50",
  },
  bff: {
    field: "bff",
    label: "BFF",
    submit: "submitBff",
    notSent: "notSent",
    home: "/jwt/bff",
    style: "border-sky-600 bg-sky-50",
  },
};

interface LoginAnswer {
  // Absent from the BFF's answer: its tokens never leave the server.
  accessToken?: string;
  refreshToken?: string;
  error?: string;
  message?: string;
  retryAfter?: number;
  limit?: number;
}

async function logInAs(variant: Variant, username: unknown, password: unknown) {
  if (variant === "bff") {
    const response = await fetch("/api/jwt/bff/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    return { ok: response.ok, answer: (await response.json()) as LoginAnswer };
  }
  const body = { username, password, transport: variant };
  if (variant === "dpop") {
    const { response } = await dpopFetch("/api/jwt/login", { method: "POST", body });
    return { ok: response.ok, answer: (await response.json()) as LoginAnswer };
  }
  const response = await fetch("/api/jwt/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, answer: (await response.json()) as LoginAnswer };
}

export function ClientLoginForm({ variant }: { variant: Variant }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { field, label, submit, notSent, home, style } = VARIANTS[variant];
  const t = useTranslations("login.script");
  const forms = useTranslations("forms");

  async function logIn(formData: FormData) {
    const username = formData.get(`${field}Username`);
    const password = formData.get(`${field}Password`);
    // An empty field is said here, in the reader's words; the API checks everything again.
    if (!username || !password) {
      setError(forms(`validation.${username ? "passwordRequired" : "usernameRequired"}`));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { ok, answer } = await logInAs(variant, username, password);
      if (!ok) {
        // The form speaks the reader's language: it reads the answer's code, not its English.
        const refusal = refusalOfAnswer(answer);
        setError(refusal === null ? answer.message : refusalMessage(forms, refusal));
        return;
      }
      const { accessToken = "", refreshToken = "" } = answer;
      if (variant === "dpop") storeDpopTokens(accessToken, refreshToken);
      else if (variant === "bearer") {
        localStorage.setItem(BEARER_STORAGE_KEY, accessToken);
        localStorage.setItem(BEARER_REFRESH_KEY, refreshToken);
      }
      router.push(home);
    } catch {
      setError(forms(`refusals.${notSent}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form action={logIn} className="space-y-3" aria-describedby={`${field}-message`} noValidate>
      <TextField
        name={`${field}Username`}
        label={t("username", { label })}
        autoComplete="username"
      />
      <TextField
        name={`${field}Password`}
        label={t("password", { label })}
        type="password"
        autoComplete="current-password"
      />
      <FormMessage id={`${field}-message`} message={error} />
      <button
        type="submit"
        disabled={busy}
        className={`rounded-md border px-4 py-2 disabled:opacity-60 ${style}`}
      >
        {t(submit)}
      </button>
    </form>
  );
}
