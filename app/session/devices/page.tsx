import type { Metadata } from "next";
import { AreaBadge, Card, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { listDevices } from "@/lib/auth/session/devices";
import { describeLimit } from "@/lib/auth/session/limits";
import { revokeDeviceAction } from "./actions";
import { RevokeOthersForm } from "./components";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up/step-up";

export const metadata: Metadata = { title: "Your devices" };

export default async function DevicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, session } = await requireSession("/session/devices");
  const { done } = await searchParams;
  const devices = await listDevices(user.id, session.id);
  const freshness = sessionFreshness(session, await judgeNow());
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="session" /> Where you&apos;re logged in
      </h1>
      {done === "revoked" && (
        <Notice>That device is logged out: its session record is deleted.</Notice>
      )}
      {done === "not_found" && <Notice tone="warning">That session no longer exists.</Notice>}
      <Card title={`${devices.length} active session${devices.length === 1 ? "" : "s"}`}>
        <ul className="divide-y divide-slate-100" aria-label="Devices">
          {devices.map((device) => (
            <li
              key={device.id}
              aria-label={device.device}
              className="flex flex-wrap items-start justify-between gap-3 py-3"
            >
              <div className="text-sm">
                <p className="font-medium">
                  {device.device}{" "}
                  {device.current && (
                    <span className="ml-1 rounded bg-session px-1.5 text-xs text-on-accent">
                      This device
                    </span>
                  )}
                </p>
                <p className="text-slate-500">
                  IP {device.ip ?? "unknown"} · signed in <Time value={device.createdAt} /> · last
                  active <Time value={device.lastSeenAt} />
                </p>
              </div>
              {!device.current && (
                <form action={revokeDeviceAction}>
                  <input type="hidden" name="id" value={device.id} />
                  <button
                    type="submit"
                    className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
                  >
                    Log out
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <p className="text-sm text-slate-700" data-testid="session-limit">
        {describeLimit()}
      </p>
      <Card title="Log out all other devices">
        <p className="mb-3 text-sm" data-testid="step-up-note">
          <StepUpNote freshness={freshness} />
        </p>
        <RevokeOthersForm fresh={freshness.fresh} />
      </Card>
      <HowItWorks>
        <p>
          Each row is a session record on the server. Logging a device out deletes its record: the
          next request from that device carries a cookie that points at nothing, so it is refused —
          at once, wherever the device is. Ending one device is as sensitive as ending them all (one
          by one reaches the same), so an old login is asked for the password first.
        </p>
        <p>
          A JWT area cannot show this page: it keeps no record of the tokens it signed, so it can
          neither list them nor take one back before it expires.
        </p>
      </HowItWorks>
    </div>
  );
}
