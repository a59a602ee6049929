import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui";
import { ClaimText } from "@/app/_components/claim-text";
import { formatMoment } from "@/app/_components/inspector/format";
import { jwtAdminOverview } from "@/lib/auth/jwt/admin";
import { judgeNow } from "@/lib/auth/step-up/step-up";
import { JWT_CONFIG_CHECK_INTERVAL_MS } from "@/lib/auth/jwt/config-version";
import { ACCESS_TTL_SECONDS } from "@/lib/validation/admin-settings";
import { REVOCATION_STRATEGIES, SIGNING_ALGORITHMS } from "@/db/schema";
import { retireKeyAction, rotateKeyAction, saveJwtSettingsAction } from "./jwt-actions";

const button = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100";

/**
 * The JWT area's settings and key set (C23, C24, C28), with what each choice costs. Read-only
 * (`editable` false) for an admin who may not change them (a hosted instance's demo admin).
 */
export async function JwtSettingsCard({ editable }: { editable: boolean }) {
  const { settings, keys, denylistSize } = await jwtAdminOverview();
  const t = await getTranslations("admin.jwt");
  const locale = await getLocale();
  // The lab clock's now, as every other time on the page (it may be fast-forwarded).
  const now = await judgeNow();
  return (
    <Card title={t("title")} id="jwt">
      <form action={saveJwtSettingsAction}>
        <fieldset disabled={!editable} className="grid min-w-0 gap-3 text-sm sm:grid-cols-2">
          <label className="flex min-w-0 flex-col gap-1">
            {t("revocation")}
            <select
              name="revocation"
              defaultValue={settings.revocation}
              className="w-full min-w-0 rounded border p-1"
            >
              {REVOCATION_STRATEGIES.map((value) => (
                <option key={value} value={value}>
                  {t(`revocations.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            {t("algorithm")}
            <select
              name="algorithm"
              defaultValue={settings.algorithm}
              className="w-full min-w-0 rounded border p-1"
            >
              {SIGNING_ALGORITHMS.map((value) => (
                <option key={value} value={value}>
                  {t(`algorithms.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            {t("accessTtl")}
            <input
              name="accessTtl"
              type="number"
              min={ACCESS_TTL_SECONDS.min}
              max={ACCESS_TTL_SECONDS.max}
              defaultValue={settings.accessTtlSeconds}
              className="w-full min-w-0 rounded border p-1"
            />
          </label>
          <label className="flex items-center gap-2">
            <input name="encrypted" type="checkbox" defaultChecked={settings.encrypted} />
            {t("encrypt")}
          </label>
          {editable && (
            <div className="sm:col-span-2">
              <button type="submit" className={button}>
                {t("save")}
              </button>
            </div>
          )}
        </fieldset>
      </form>
      <p className="mt-3 text-sm" data-testid="denylist-size">
        {t("denylist", { count: denylistSize })}
      </p>
      <table className="mt-3 w-full text-left text-sm" aria-label={t("keys")}>
        <thead className="text-slate-500">
          <tr>
            <th scope="col">{t("keyId")}</th>
            <th scope="col">{t("alg")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("created")}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr
              key={key.kid}
              aria-label={t("keyRow", { kid: key.kid })}
              className="border-t border-slate-100 align-top"
            >
              <td>
                <code className="text-xs break-all">{key.kid}</code>
              </td>
              <td>{key.alg}</td>
              <td>{t(`statuses.${key.status}`)}</td>
              <td>
                <time dateTime={key.createdAt.toISOString()}>
                  {formatMoment(key.createdAt.getTime(), now, locale)}
                </time>
              </td>
              <td>
                {editable && key.status === "previous" && (
                  <form action={retireKeyAction}>
                    <input type="hidden" name="kid" value={key.kid} />
                    <button type="submit" className={button}>
                      {t("retire", { kid: key.kid })}
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
            {t("rotate")}
          </button>
        </form>
      )}
      <p className="mt-2 text-xs text-slate-600">
        <ClaimText text={t("rotation")} />
      </p>
      <p className="mt-2 text-xs text-slate-600" data-testid="settings-propagation">
        {t("propagation", { seconds: JWT_CONFIG_CHECK_INTERVAL_MS / 1000 })}
      </p>
    </Card>
  );
}
