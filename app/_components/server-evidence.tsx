import "server-only";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { config, cookieSettings } from "@/lib/config";
import { tamperWithCredential } from "@/lib/learn/tamper";

/** The FAQ's server-side evidence: this server's real settings, and its verdicts. */

const minutes = (seconds: number) => (seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`);

/** The JWT cookie's attributes exactly as this server sets them. */
export function JwtCookieAttributes() {
  const { name, options } = cookieSettings.accessToken;
  return (
    <p className="text-sm" data-testid="jwt-cookie-attributes">
      This server sets <code>{name}</code> with{" "}
      <code>
        {[
          options.httpOnly ? "HttpOnly" : null,
          options.secure ? "Secure" : "(Secure on HTTPS deployments)",
          `SameSite=${options.sameSite}`,
          `Path=${options.path}`,
          "Max-Age=the token's own lifetime",
        ]
          .filter(Boolean)
          .join("; ")}
      </code>
      .
    </p>
  );
}

/** The lifetimes an admin has configured, read from the settings the verifier uses. */
export function JwtLifetimes() {
  const settings = getJwtSettings();
  return (
    <ul className="list-disc pl-5 text-sm" data-testid="jwt-lifetimes">
      <li>
        access token: <strong>{minutes(settings.accessTtlSeconds)}</strong> (set on{" "}
        <Link href="/admin" className="underline" prefetch={false}>
          the admin page
        </Link>
        )
      </li>
      <li>
        refresh family: ends after <strong>{minutes(config.jwt.refreshIdleTtlSeconds)}</strong>{" "}
        unused, and <strong>{minutes(config.jwt.refreshAbsoluteTtlSeconds)}</strong> after login
        whatever happens
      </li>
      <li>revocation strategy now: {settings.revocation}</li>
    </ul>
  );
}

/** Three forged copies of the reader's own token, verified for real. */
export async function TamperEvidence() {
  const outcomes = await tamperWithCredential(await cookies(), await headers());
  if (outcomes === null) {
    return (
      <p className="text-sm">
        <Link href="/jwt/login" className="underline" prefetch={false}>
          Log in to the JWT area
        </Link>{" "}
        and come back: this answer then forges three copies of <em>your</em> token and shows why
        this server refuses each.
      </p>
    );
  }
  return (
    <table className="w-full text-left text-sm" aria-label="Forged copies of your token">
      <thead className="text-slate-600">
        <tr>
          <th scope="col">Change to a copy of your token</th>
          <th scope="col">This server&apos;s verdict</th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((outcome) => (
          <tr key={outcome.change} className="border-t border-slate-100" data-testid="forgery">
            <td className="py-1 pr-2">{outcome.change}</td>
            <td>
              <code>{outcome.accepted ? "accepted" : `refused: ${outcome.reason}`}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
