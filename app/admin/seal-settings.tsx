import { getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui";
import { ClaimLink, ClaimText } from "@/app/_components/claim-text";
import { RICH } from "@/app/_components/rich";
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
export async function SealSettingsCard({ editable }: { editable: boolean }) {
  const { passwordIds, cookieCacheSeconds } = await getSealSettings();
  const current = Math.max(...passwordIds);
  const t = await getTranslations("admin.seal");
  return (
    <Card title={t("title")} id="seal">
      <div className="space-y-4 text-sm">
        <div className="space-y-2">
          <p>
            <ClaimText
              text={t("ring", {
                days: Math.round(config.sealed.ttlSeconds / 86_400),
                ttl: config.sealed.ttlSeconds,
                maxAge: config.sealed.cookieMaxAgeSeconds,
              })}
            />
          </p>
          <ul aria-label={t("passwords")} className="space-y-1">
            {passwordIds.map((id) => (
              <li key={id} className="flex items-center gap-2" data-testid={`seal-password-${id}`}>
                <span>
                  {t.rich("passwordId", { ...RICH, id, current: id === current ? "yes" : "no" })}
                </span>
                {editable && id !== current && (
                  <form action={retireSealPasswordAction}>
                    <input type="hidden" name="id" value={id} />
                    <button type="submit" className={button}>
                      {t("remove", { id })}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          {editable && (
            <form action={rotateSealPasswordAction}>
              <button type="submit" className={button}>
                {t("rotate")}
              </button>
            </form>
          )}
        </div>
        <form action={saveCookieCacheAction}>
          <fieldset disabled={!editable} className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-1">
              {t("cacheLabel", { max: MAX_COOKIE_CACHE_SECONDS })}
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
                {t("save")}
              </button>
            )}
            <p className="w-full text-slate-600">
              {t.rich("cacheHow", RICH)} (<ClaimLink id="C42" />
              ).
            </p>
          </fieldset>
        </form>
      </div>
    </Card>
  );
}
