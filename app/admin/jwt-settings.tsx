import { Card, Time } from "@/app/_components/ui";
import { jwtAdminOverview } from "@/lib/auth/jwt/admin";
import { retireKeyAction, rotateKeyAction, saveJwtSettingsAction } from "./jwt-actions";
import { JWT_CONFIG_CHECK_INTERVAL_MS } from "@/lib/auth/jwt/config-version";
import { ClaimLink } from "@/app/_components/claim-text";

const button = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100";

const REVOCATION = {
  none: "none — logout cannot kill a copied access token; 0 queries per request",
  denylist:
    "deny-list — logout lists the token's jti, and ends its login (fid); 2 lookups per request",
  "token-version": "token version — logout kills all the user's tokens; 1 query per request",
} as const;

/**
 * The JWT area's settings and key set (C23, C24, C28), with what each choice costs. Read-only
 * (`editable` false) for an admin who may not change them (a hosted instance's demo admin).
 */
export async function JwtSettingsCard({ editable }: { editable: boolean }) {
  const { settings, keys, denylistSize } = await jwtAdminOverview();
  return (
    <Card title="JWT settings and signing keys" id="jwt">
      <form action={saveJwtSettingsAction}>
        <fieldset disabled={!editable} className="grid min-w-0 gap-3 text-sm sm:grid-cols-2">
          <label className="flex min-w-0 flex-col gap-1">
            Revocation strategy
            <select
              name="revocation"
              defaultValue={settings.revocation}
              className="w-full min-w-0 rounded border p-1"
            >
              {Object.entries(REVOCATION).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            Signing algorithm
            <select
              name="algorithm"
              defaultValue={settings.algorithm}
              className="w-full min-w-0 rounded border p-1"
            >
              <option value="EdDSA">
                EdDSA (Ed25519) — asymmetric: anyone with the JWKS verifies
              </option>
              <option value="ES256">
                ES256 (P-256) — asymmetric: anyone with the JWKS verifies
              </option>
              <option value="HS256">HS256 — symmetric: only this server can verify</option>
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            Access-token lifetime (seconds)
            <input
              name="accessTtl"
              type="number"
              min={10}
              max={86400}
              defaultValue={settings.accessTtlSeconds}
              className="w-full min-w-0 rounded border p-1"
            />
          </label>
          <label className="flex items-center gap-2">
            <input name="encrypted" type="checkbox" defaultChecked={settings.encrypted} />
            Encrypt (JWE: signed, then encrypted — five segments, payload unreadable)
          </label>
          {editable && (
            <div className="sm:col-span-2">
              <button type="submit" className={button}>
                Save JWT settings
              </button>
            </div>
          )}
        </fieldset>
      </form>
      <p className="mt-3 text-sm" data-testid="denylist-size">
        Deny-list: {denylistSize} revoked token{denylistSize === 1 ? "" : "s"} kept until their exp.
      </p>
      <table className="mt-3 w-full text-left text-sm" aria-label="Signing keys">
        <thead className="text-slate-500">
          <tr>
            <th scope="col">kid</th>
            <th scope="col">alg</th>
            <th scope="col">status</th>
            <th scope="col">created</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.kid} aria-label={`key ${key.kid}`} className="border-t border-slate-100">
              <td>
                <code className="text-xs">{key.kid}</code>
              </td>
              <td>{key.alg}</td>
              <td>{key.status}</td>
              <td>
                <Time value={key.createdAt} />
              </td>
              <td>
                {editable && key.status === "previous" && (
                  <form action={retireKeyAction}>
                    <input type="hidden" name="kid" value={key.kid} />
                    <button type="submit" className={button}>
                      Retire {key.kid}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <form action={rotateKeyAction} className="mt-3">
          <button type="submit" className={button}>
            Rotate signing key
          </button>
        </form>
      )}
      <p className="mt-2 text-xs text-slate-600">
        Rotating makes a new current key; tokens signed by the previous one keep verifying, so
        nobody is logged out. Retiring a previous key makes every token it signed fail at once — the
        &quot;changing the key logs everyone out&quot; of the seeds (<ClaimLink id="C24" />
        ). Retire only after the longest access lifetime has passed since the rotation.
      </p>
      <p className="mt-2 text-xs text-slate-600" data-testid="settings-propagation">
        Every instance of the app that shares this database sees a change of these settings or of
        the keys within {JWT_CONFIG_CHECK_INTERVAL_MS / 1000} s: each caches them, and compares
        their version with the database once a second, off the request path.
      </p>
    </Card>
  );
}
