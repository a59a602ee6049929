import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui";
import { config } from "@/config";
import type { DeviceView } from "@/lib/auth/session/devices";
import { logInElsewhereAction } from "./actions";

const button = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";

/**
 * The concurrent-session limit, live: the rule in words, this account's sessions counted against
 * it, what the next login will do — and buttons that log in from made-up devices to see it done.
 */
export async function SessionLimitCard({ devices }: { devices: DeviceView[] }): Promise<ReactNode> {
  const t = await getTranslations("devices.limit");
  const { limit, limitPolicy } = config.session;
  const free = Math.max(0, limit - devices.length);
  const oldest = devices.reduce<DeviceView | undefined>(
    (first, d) => (first === undefined || d.createdAt < first.createdAt ? d : first),
    undefined,
  );
  const evicts = limitPolicy === "evict-oldest";
  const next =
    free > 0
      ? t(evicts ? "room" : "refuseRoom", { free })
      : !evicts
        ? t("refuseFull")
        : oldest?.current === true
          ? t("nextEvictsThis")
          : t("nextEvictsOther", { device: oldest?.device ?? "" });
  const passing = free + 1;
  return (
    <Card title={t("title")} id="card-session-limit">
      <div className="space-y-3 text-sm">
        <p data-testid="session-limit">{t(limitPolicy, { limit })}</p>
        <p>
          <meter
            min={0}
            max={limit}
            value={Math.min(devices.length, limit)}
            className="mr-2 w-24 align-middle"
            aria-label={t("title")}
          />
          <span data-testid="session-limit-count">
            {t("counted", { count: devices.length, limit })}
          </span>
        </p>
        <p data-testid="session-limit-next">{next}</p>
        <p className="text-slate-600">{t("how")}</p>
        <div className="flex flex-wrap gap-2">
          <form action={logInElsewhereAction}>
            <input type="hidden" name="count" value="1" />
            <button type="submit" className={button}>
              {t("one")}
            </button>
          </form>
          {passing > 1 && (
            <form action={logInElsewhereAction}>
              <input type="hidden" name="count" value={passing} />
              <button type="submit" className={button}>
                {t("pass", { count: passing })}
              </button>
            </form>
          )}
        </div>
      </div>
    </Card>
  );
}
