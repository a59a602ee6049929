import "server-only";
import { ScrollsSideways } from "@/app/_components/scrolls-sideways";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { config, cookieSettings } from "@/config";
import { FAQ_LINKS } from "@/lib/learn/faq";
import { tamperWithCredential } from "@/lib/learn/tamper";

/** The FAQ's (and the tour's) server-side evidence: this server's real settings, and verdicts. */

/** A lifetime in the reader's units: "5 min" / "5분", "90 s" / "90초". */
function duration(seconds: number, locale: string): string {
  const [minute, second] = locale === "ko" ? ["분", "초"] : [" min", " s"];
  return seconds % 60 === 0 ? `${seconds / 60}${minute}` : `${seconds}${second}`;
}

// The verifier's codes a forged copy can earn, each said in words beside it (`faq.tamper.why`).
const EXPLAINED_REFUSALS = [
  "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
  "ERR_JOSE_ALG_NOT_ALLOWED",
  "ERR_JWS_INVALID",
  "ERR_JWE_DECRYPTION_FAILED",
  "ERR_JWT_CLAIM_VALIDATION_FAILED",
  "token_malformed",
] as const;

function whyKey(reason: string): (typeof EXPLAINED_REFUSALS)[number] | "other" {
  return EXPLAINED_REFUSALS.find((known) => known === reason) ?? "other";
}

const bold = (chunks: ReactNode) => <strong>{chunks}</strong>;
function linkTo(href: string): (chunks: ReactNode) => ReactNode {
  return function LinkTag(chunks) {
    return (
      <Link href={href} className="underline" prefetch={false}>
        {chunks}
      </Link>
    );
  };
}

/** The JWT cookie's attributes exactly as this server sets them. */
export async function JwtCookieAttributes() {
  const t = await getTranslations("faq");
  const { name, options } = cookieSettings.accessToken;
  const attributes = [
    options.httpOnly ? "HttpOnly" : null,
    options.secure ? "Secure" : t("secureOnHttps"),
    `SameSite=${options.sameSite}`,
    `Path=${options.path}`,
    t("tokenLifetime"),
  ]
    .filter(Boolean)
    .join("; ");
  return (
    <p className="text-sm" data-testid="jwt-cookie-attributes">
      {t.rich("cookieAttributes", {
        name: name,
        attributes: attributes,
      })}
    </p>
  );
}

/** The lifetimes an admin has configured, read from the settings the verifier uses. */
export async function JwtLifetimes() {
  const t = await getTranslations("faq.lifetimes");
  const locale = await getLocale();
  const minutes = (seconds: number) => duration(seconds, locale);
  const settings = await getJwtSettings();
  return (
    <ul className="list-disc pl-5 text-sm" data-testid="jwt-lifetimes">
      <li>
        {t.rich("access", {
          b: bold,
          admin: linkTo(FAQ_LINKS.admin),
          ttl: minutes(settings.accessTtlSeconds),
        })}
      </li>
      <li>
        {t.rich("family", {
          b: bold,
          idle: minutes(config.jwt.refreshIdleTtlSeconds),
          absolute: minutes(config.jwt.refreshAbsoluteTtlSeconds),
        })}
      </li>
      <li>
        {t("strategy", {
          strategy: settings.revocation,
          // An ICU select key is one word: "token-version" is said as "tokenVersion".
          kind: settings.revocation.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
        })}
      </li>
    </ul>
  );
}

/** Three forged copies of the reader's own token, verified for real. */
export async function TamperEvidence() {
  const t = await getTranslations("faq.tamper");
  const outcomes = await tamperWithCredential(await cookies(), await headers());
  if (outcomes === null) {
    return (
      <p className="text-sm">
        {t.rich("logIn", {
          em: (chunks) => <em>{chunks}</em>,
        })}
      </p>
    );
  }
  return (
    <ScrollsSideways label={t("label")}>
      <table className="w-full text-left text-sm" aria-label={t("label")}>
        <thead className="text-slate-600">
          <tr>
            <th scope="col">{t("change")}</th>
            <th scope="col">{t("verdict")}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome) => (
            <tr key={outcome.change} className="border-t border-slate-100" data-testid="forgery">
              <td className="py-1 pr-2">{t(outcome.change)}</td>
              <td>
                <code>
                  {outcome.accepted ? t("accepted") : t("refused", { reason: outcome.reason })}
                </code>
                {!outcome.accepted && <span> — {t(`why.${whyKey(outcome.reason)}`)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}
