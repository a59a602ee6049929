import type { Metadata } from "next";
import { Card, HowItWorks } from "@/app/_components/ui";
import { config } from "@/config";
import { BruteForceLab } from "./components";

export const metadata: Metadata = { title: "Brute force" };

/** Wrong passwords fired at the real login, answer by answer: the throttle and the timing. */
export default function BruteForcePage() {
  const { freeFailures, maxDelaySeconds, clientMaxFailures, clientWindowSeconds } =
    config.loginThrottle;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Brute force: guessing a password</h1>
      <Card title="Fire wrong passwords at a lab account">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          The lab makes a throw-away account whose random password nobody is told, then sends wrong
          guesses to the session area&apos;s real login, one at a time, waiting out each{" "}
          <code>429</code> until 3 seconds of waiting are spent (at most 16 guesses). Then the same
          for a username that does not exist.
        </p>
        <BruteForceLab />
      </Card>
      <HowItWorks>
        <p>
          <strong>The throttle</strong> (OWASP&apos;s device-cookie scheme) gives each account{" "}
          {freeFailures} free failures from unknown devices; after that each further attempt must
          wait 1 s, 2 s, 4 s… (at most {Math.round(maxDelaySeconds / 60)} minutes). An attempt that
          comes too soon is refused with <code>429</code> and <code>Retry-After</code> before the
          password is even looked at. A success resets it, and the owner&apos;s own browser, which
          logged in before, has a budget of its own — so strangers can slow an account down but
          never lock its owner out.
        </p>
        <p>
          <strong>Across accounts</strong>, your address has a budget too: {clientMaxFailures}{" "}
          failures per {Math.round(clientWindowSeconds / 60)} minutes, then <code>429</code> until
          the window ends. It slows password spraying (one likely password tried on many accounts).
          People behind one address share it, so it only slows: a success gives its attempt back,
          and a browser that logged in to the account before never meets it. Run this lab a few
          times in a row and you will meet it.
        </p>
        <p>
          <strong>The timing.</strong> A login for a user that does not exist still runs one
          argon2id comparison, against a dummy hash, so it takes as long as a wrong password, and
          the throttle counts unknown names exactly like real ones: neither the time nor the status
          says whether an account exists.
        </p>
        <p>
          The lab fires only at this server, from your browser, at most 32 requests a run; the
          throw-away account is deleted within two hours.
        </p>
      </HowItWorks>
    </div>
  );
}
