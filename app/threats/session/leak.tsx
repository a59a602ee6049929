"use client";
// Client component: the stolen rows and each replay are shown as the server answers; the forged
// token of the leaked-key exercise is signed here, in the browser, as an attacker would.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RICH } from "@/app/_components/rich";
import { es256, joinToken, signingInput } from "@/lib/threats/jwt-range/forge";
import { postJson } from "@/lib/threats/lab-fetch";
import type { ControlKey, StolenKey } from "@/lib/threats/leak";
import { LAB_BUTTON as BUTTON } from "../buttons";
import { useAttempt } from "../use-attempt";

// What the leak answers (lib/threats/leak.ts), as this page reads it: keys to word, codes to show.
interface Leak {
  username: string;
  rows: Record<string, Record<string, unknown>>;
  stolen: Array<{ key: StolenKey; what: string; codes: string[]; works: boolean }>;
  control: Array<{ key: ControlKey; verdict: string; works: boolean }>;
}
interface LeakedKey {
  labId: string;
  privateJwk: JsonWebKey & { kid: string };
  audience: string;
  issuer: string;
}
type Verdict =
  { accepted: true; claims: Record<string, unknown> } | { accepted: false; reason: string };

/** What the key's holder can now do: any user, any role, signed as the server would. */
async function forgeAdminToken(key: LeakedKey): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: "ES256", typ: "at+jwt", kid: key.privateJwk.kid };
  const payload = {
    iss: key.issuer,
    aud: key.audience,
    sub: "424243",
    name: "Toy Tina",
    role: "admin",
    ver: 0,
    iat: now,
    exp: now + 600,
    jti: crypto.randomUUID(),
  };
  const signature = await es256(signingInput(header, payload), key.privateJwk);
  return joinToken({ header, payload, signature });
}

export function LeakLab() {
  const t = useTranslations("threats.session.leak");
  const [leak, setLeak] = useState<Leak | null>(null);
  const [key, setKey] = useState<LeakedKey | null>(null);
  const [forged, setForged] = useState<string | null>(null);
  const [verdicts, setVerdicts] = useState<string[]>([]);
  const { error, attempt: run } = useAttempt();
  const attempt = (work: () => Promise<void>) => () => void run(work);

  const steal = attempt(async () => setLeak(await postJson<Leak>("/api/threats/session/leak", {})));
  const leakTheKey = attempt(async () => {
    setKey(await postJson<LeakedKey>("/api/threats/session/leaked-key", { action: "leak" }));
    setForged(null);
    setVerdicts([]);
  });
  const verify = async (token: string) => {
    const verdict = await postJson<Verdict>("/api/threats/session/leaked-key", {
      action: "verify",
      labId: key!.labId,
      token,
    });
    const line = verdict.accepted
      ? t("accepted", { name: String(verdict.claims.name), role: String(verdict.claims.role) })
      : t("refusedReason", { reason: verdict.reason });
    setVerdicts((list) => [...list, line]);
  };
  const forge = attempt(async () => {
    if (key === null) return;
    const token = await forgeAdminToken(key);
    setForged(token);
    await verify(token);
  });
  const retire = attempt(async () => {
    await postJson("/api/threats/session/leaked-key", { action: "retire", labId: key!.labId });
    setVerdicts((list) => [...list, t("retired")]);
    if (forged) await verify(forged);
  });

  return (
    <div className="space-y-4 text-sm">
      <button type="button" className={BUTTON} onClick={steal}>
        {t("steal")}
      </button>
      {leak && (
        <div className="space-y-3" data-testid="leak">
          <p>{t.rich("rows", { ...RICH, username: leak.username })}</p>
          <pre
            translate="no"
            className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs"
          >
            {JSON.stringify(leak.rows, null, 2)}
          </pre>
          <table className="w-full text-left text-xs">
            <caption className="mb-1 text-left font-semibold">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("stolen")}</th>
                <th scope="col">{t("triedAs")}</th>
                <th scope="col">{t("answer")}</th>
              </tr>
            </thead>
            <tbody>
              {leak.stolen.map((s) => (
                <tr key={s.what} data-works={s.works}>
                  <td>
                    <code className="break-all">{s.what}</code>
                  </td>
                  <td>{t(`values.${s.key}.triedAs`)}</td>
                  <td>
                    {s.works ? (
                      t("works")
                    ) : (
                      <>
                        401 —{" "}
                        {s.codes.length > 0 && (
                          <code className="break-all">{s.codes.join("; ")}</code>
                        )}
                        {s.codes.length > 0 && " — "}
                        {t(`values.${s.key}.why`)}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="list-disc pl-5" data-testid="leak-control">
            {leak.control.map((c) => (
              <li key={c.key}>
                {t(`control.${c.key}`)}:{" "}
                {c.works ? (
                  t("live")
                ) : (
                  <>
                    {t("refusedCode")} (<code>{c.verdict}</code>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="space-y-2 rounded-md border border-slate-200 p-3">
        <p className="font-semibold">{t("versus")}</p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON} onClick={leakTheKey}>
            {t("leakKey")}
          </button>
          <button type="button" className={BUTTON} disabled={key === null} onClick={forge}>
            {t("forge")}
          </button>
          <button type="button" className={BUTTON} disabled={forged === null} onClick={retire}>
            {t("retire")}
          </button>
        </div>
        {key && <p>{t.rich("leaked", { ...RICH, kid: key.privateJwk.kid })}</p>}
        <ol className="list-decimal pl-5" data-testid="leaked-key-verdicts" aria-live="polite">
          {verdicts.map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ol>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
