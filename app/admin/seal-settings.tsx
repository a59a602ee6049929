import { Card } from "@/app/_components/ui";
import { ClaimLink } from "@/app/_components/claim-text";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { config } from "@/config";
import { MAX_COOKIE_CACHE_SECONDS } from "@/lib/validation/admin-settings";
import {
  retireSealPasswordAction,
  rotateSealPasswordAction,
  saveCookieCacheAction,
} from "./seal-actions";

const button = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100";

/**
 * The sealed cookies: iron-session's password ring — rotation by id, the sealed-cookie
 * area's only revocation — and the server-side session's cookie cache, with what each costs.
 * Read-only (`editable` false) for an admin who may not change them.
 */
export function SealSettingsCard({ editable }: { editable: boolean }) {
  const { passwordIds, cookieCacheSeconds } = getSealSettings();
  const current = Math.max(...passwordIds);
  return (
    <Card title="Sealed cookies: passwords and the session cookie cache" id="seal">
      <div className="space-y-4 text-sm">
        <div className="space-y-2">
          <p>
            iron-session seals with the newest password and unseals with any listed one (its
            password map). Rotating adds a password: no one is logged out. Removing an old one ends
            every sealed-cookie session sealed with it at once — the same lesson as retiring a JWT
            signing key (<ClaimLink id="C24" />
            ). Each password is derived from the server secret and its id: the database holds only
            the ids. ttl {config.sealed.ttlSeconds} s, cookie Max-Age{" "}
            {config.sealed.cookieMaxAgeSeconds} s.
          </p>
          <ul aria-label="Seal passwords" className="space-y-1">
            {passwordIds.map((id) => (
              <li key={id} className="flex items-center gap-2" data-testid={`seal-password-${id}`}>
                <span>
                  Password id <strong>{id}</strong> —{" "}
                  {id === current ? "current: seals new cookies" : "still unseals"}
                </span>
                {editable && id !== current && (
                  <form action={retireSealPasswordAction}>
                    <input type="hidden" name="id" value={id} />
                    <button type="submit" className={button}>
                      Remove password {id}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <form action={rotateSealPasswordAction}>
              <button type="submit" className={button}>
                Rotate the seal password
              </button>
            </form>
          )}
        </div>
        <form action={saveCookieCacheAction}>
          <fieldset disabled={!editable} className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1">
              Server-side session: cookie cache (seconds, 0 = off, at most{" "}
              {MAX_COOKIE_CACHE_SECONDS})
              <input
                name="seconds"
                type="number"
                min={0}
                max={MAX_COOKIE_CACHE_SECONDS}
                defaultValue={cookieCacheSeconds}
                className="w-28 rounded border p-1"
              />
            </label>
            {editable && (
              <button type="submit" className={button}>
                Save
              </button>
            )}
            <p className="w-full text-slate-600">
              What better-auth calls <code>cookieCache</code>: after a lookup, a sealed copy of its
              answer rides in a second cookie for N seconds, and requests in that window skip the
              store. The price: a logout elsewhere, a revocation or a role change waits up to N
              seconds (<ClaimLink id="C42" />
              ).
            </p>
          </fieldset>
        </form>
      </div>
    </Card>
  );
}
