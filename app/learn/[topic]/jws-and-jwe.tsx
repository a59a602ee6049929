import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { getJwtAuth } from "@/lib/auth/dal";
import { EXAMPLE_TOKEN_TYPE, makeExampleTokens } from "@/lib/learn/example-token";

type T = Awaited<ReturnType<typeof getTranslations<"learn.example">>>;

const PART_COLOURS = [
  "text-rose-700",
  "text-violet-700",
  "text-sky-700",
  "text-emerald-700",
  "text-amber-700",
];

/** A compact token, each segment in its own colour, and a list naming the segments in order. */
function Segments({ token, names }: { token: string; names: string[] }): ReactNode {
  const parts = token.split(".");
  return (
    <>
      <p className="break-all rounded bg-slate-50 p-2 font-mono text-xs" translate="no">
        {parts.map((part, i) => (
          <span key={i}>
            {i > 0 && "."}
            <span className={PART_COLOURS[i]}>{part}</span>
          </span>
        ))}
      </p>
      <ol className="list-decimal space-y-0.5 pl-5 text-sm">
        {names.map((name, i) => (
          <li key={i} className={PART_COLOURS[i]}>
            {name}
          </li>
        ))}
      </ol>
    </>
  );
}

function Json({ label, value }: { label: string; value: unknown }): ReactNode {
  return (
    <pre
      className="overflow-x-auto rounded bg-slate-50 p-2 text-xs"
      aria-label={label}
      tabIndex={0}
      translate="no"
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function names(t: T, key: "jwsParts" | "jweParts"): string[] {
  return t.raw(key) as string[];
}

/**
 * The same claims as a JWS and as a JWE, made by this server on every view with its real signing
 * key and its real JWE envelope — an example token, never a login (lib/learn/example-token.ts).
 */
export async function JwsBesideJwe(): Promise<ReactNode> {
  const t = await getTranslations("learn.example");
  const jwt = await getJwtAuth();
  const holder = jwt.ok
    ? { name: jwt.claims.name, role: jwt.claims.role }
    : { name: t("visitorName"), role: "user" };
  const tokens = await makeExampleTokens(holder);
  const ttlMinutes = Math.round((Number(tokens.payload.exp) - Number(tokens.payload.iat)) / 60);
  return (
    <section aria-labelledby="jws-and-jwe" className="space-y-3">
      <h2 id="jws-and-jwe" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">
        {t.rich("intro", {
          ...RICH,
          holder: jwt.ok ? "own" : "example",
          type: EXAMPLE_TOKEN_TYPE,
        })}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div
          className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3"
          data-testid="example-jws"
          data-parts={tokens.jws.split(".").length}
        >
          <h3 className="font-semibold">
            {t("jwsTitle", { count: tokens.jws.split(".").length })}
          </h3>
          <Segments token={tokens.jws} names={names(t, "jwsParts")} />
          <p className="text-sm">{t.rich("jwsReadable", RICH)}</p>
          <Json label={t("jwsHeaderLabel")} value={tokens.jwsHeader} />
          <Json label={t("payloadLabel")} value={tokens.payload} />
          <p className="text-sm">{t.rich("times", { ...RICH, minutes: ttlMinutes })}</p>
        </div>
        <div
          className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3"
          data-testid="example-jwe"
          data-parts={tokens.jwe.split(".").length}
        >
          <h3 className="font-semibold">
            {t("jweTitle", { count: tokens.jwe.split(".").length })}
          </h3>
          <Segments token={tokens.jwe} names={names(t, "jweParts")} />
          <Json label={t("jweHeaderLabel")} value={tokens.jweHeader} />
          <p className="text-sm">{t.rich("jweUnreadable", RICH)}</p>
        </div>
      </div>
    </section>
  );
}
