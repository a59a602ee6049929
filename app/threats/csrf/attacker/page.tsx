import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/app/_components/ui";
import { labOrigins } from "@/app/threats/lab-origins";

export const metadata: Metadata = { title: "Win a prize! (the CSRF lab's attacker)" };

/** Each form is one attack; the victim's browser decides what it carries. */
const ATTACKS = [
  { credential: "none", defence: "none", label: "cookie SameSite=None, no server check" },
  { credential: "lax", defence: "none", label: "cookie SameSite=Lax, no server check" },
  { credential: "strict", defence: "none", label: "cookie SameSite=Strict, no server check" },
  { credential: "none", defence: "origin", label: "cookie SameSite=None, server checks Origin" },
  { credential: "bearer", defence: "none", label: "Bearer header, no server check" },
] as const;

export default async function AttackerPage({
  searchParams,
}: {
  searchParams: Promise<{ target?: string | string[] }>;
}) {
  const { target } = await searchParams;
  const { self, twin } = await labOrigins();
  // The target must be this server's twin: the page never posts a form anywhere else.
  const valid = typeof target === "string" && twin !== null && target === twin;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="rounded-lg border-4 border-dashed border-red-500 bg-red-50 p-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700">
          You are on another site: {self ?? "unknown"}
        </p>
        <h1 className="mt-2 text-3xl font-bold text-red-800">Congratulations! Claim your prize</h1>
        <p className="mt-2 text-slate-700">
          This page plays a malicious site. Each button submits a hidden HTML form to the lab&apos;s
          toy bank{valid ? ` at ${target}` : ""}, asking it to send 25 coins to mallory. The page
          cannot read your cookies or set headers on a form; all it can do is make your browser send
          the request — and your browser decides which credentials go with it.
        </p>
      </div>
      {valid ? (
        <ul className="space-y-3">
          {ATTACKS.map((attack) => (
            <li key={`${attack.credential}-${attack.defence}`}>
              <form method="post" action={`${target}/api/threats/csrf/transfer`}>
                <input type="hidden" name="credential" value={attack.credential} />
                <input type="hidden" name="defence" value={attack.defence} />
                <input type="hidden" name="amount" value="25" />
                <input type="hidden" name="to" value="mallory" />
                <button
                  type="submit"
                  className="w-full rounded-md bg-red-600 px-4 py-3 text-left font-semibold text-white hover:bg-red-700"
                >
                  Attack: {attack.label}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <Notice tone="warning">
          Open this page from the <Link href="/threats/csrf">CSRF lab</Link>: it links here under
          this server&apos;s other name (localhost ↔ 127.0.0.1), which the browser treats as another
          site, and tells the page where the toy bank is.
        </Notice>
      )}
    </div>
  );
}
