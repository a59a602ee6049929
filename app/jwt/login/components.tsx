"use client";
// Client component: the localStorage variant logs in through the JSON API and keeps the token in
// page script — exactly what makes it readable by any injected script (C32).

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage, TextField } from "@/app/_components/form-fields";
import { BEARER_REFRESH_KEY, BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";

export function BearerLoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function logIn(formData: FormData) {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch("/api/jwt/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          username: formData.get("bearerUsername"),
          password: formData.get("bearerPassword"),
          transport: "bearer",
        }),
      });
      const body = await response.json();
      if (!response.ok) {
        setError(body.message);
        return;
      }
      localStorage.setItem(BEARER_STORAGE_KEY, body.accessToken);
      localStorage.setItem(BEARER_REFRESH_KEY, body.refreshToken);
      router.push("/jwt/bearer");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form action={logIn} className="space-y-3" aria-describedby="bearer-message" noValidate>
      <TextField name="bearerUsername" label="Username (localStorage)" autoComplete="username" />
      <TextField
        name="bearerPassword"
        label="Password (localStorage)"
        type="password"
        autoComplete="current-password"
      />
      <FormMessage id="bearer-message" message={error} />
      <button
        type="submit"
        disabled={busy}
        className="rounded-md border border-amber-500 bg-amber-50 px-4 py-2 disabled:opacity-60"
      >
        Log in, token in localStorage
      </button>
    </form>
  );
}
