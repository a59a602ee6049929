import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AreaBadge, Card, HowItWorks, Notice } from "@/app/_components/ui";
import { Moment } from "@/app/_components/moment";
import { requireSession } from "@/lib/auth/dal";
import { listDevices } from "@/lib/auth/session/devices";
import { config } from "@/config";
import { revokeDeviceAction } from "./actions";
import { RevokeOthersForm } from "./components";
import { SessionLimitCard } from "./limit";
import { isSimulated } from "./simulated";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up/step-up";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices"))("pageTitle") };
}

type Params = Record<string, string | string[] | undefined>;

const count = (value: Params[string]): number =>
  typeof value === "string" ? Number(value) || 0 : 0;

/** What the last action here did, in a line above the list. */
async function DoneNotice({ params }: { params: Params }) {
  const t = await getTranslations("devices");
  const { done } = params;
  if (done === "revoked") return <Notice>{t("revoked")}</Notice>;
  if (done === "not_found") return <Notice tone="warning">{t("notFound")}</Notice>;
  if (done === "refused") {
    return (
      <Notice tone="warning">
        {count(params.added) > 0 && `${t("limit.elsewhere", { added: count(params.added) })} `}
        {t("limit.refused", { limit: config.session.limit })}
      </Notice>
    );
  }
  if (done !== "elsewhere") return null;
  const evicted = count(params.evicted);
  return (
    <Notice>
      {t("limit.elsewhere", { added: count(params.added) })}{" "}
      {evicted === 0 ? t("limit.kept") : t("limit.evicted", { evicted })}
    </Notice>
  );
}

export default async function DevicesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { user, session } = await requireSession("/session/devices");
  const t = await getTranslations("devices");
  const now = await judgeNow();
  const devices = await listDevices(user.id, session.id);
  const freshness = sessionFreshness(session, now);
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="session" /> {t("title")}
      </h1>
      <DoneNotice params={await searchParams} />
      <Card title={t("active", { count: devices.length })}>
        <ul className="divide-y divide-slate-100" aria-label={t("list")}>
          {devices.map((device) => (
            <li
              key={device.id}
              aria-label={device.device}
              className="flex flex-wrap items-start justify-between gap-3 py-3"
            >
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  <span translate="no">{device.device}</span>{" "}
                  {device.current && (
                    <span className="ml-1 rounded bg-session px-1.5 text-xs text-on-accent">
                      {t("thisDevice")}
                    </span>
                  )}
                  {isSimulated(device.userAgent) && (
                    <span className="ml-1 text-xs text-slate-500">({t("simulated")})</span>
                  )}
                </p>
                <p className="text-slate-500">
                  {t("ip", { ip: device.ip ?? t("unknownIp") })} · {t("signedIn")}{" "}
                  <Moment value={device.createdAt} now={now} /> · {t("lastActive")}{" "}
                  <Moment value={device.lastSeenAt} now={now} />
                </p>
              </div>
              {!device.current && (
                <form action={revokeDeviceAction}>
                  <input type="hidden" name="id" value={device.id} />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    {t("logOut")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <SessionLimitCard devices={devices} />
      <Card title={t("others.title")}>
        <p className="mb-3 text-sm" data-testid="step-up-note">
          <StepUpNote freshness={freshness} />
        </p>
        <RevokeOthersForm fresh={freshness.fresh} />
      </Card>
      <HowItWorks>
        <p>{t("how.records")}</p>
        <p>{t("how.jwt")}</p>
      </HowItWorks>
    </div>
  );
}
