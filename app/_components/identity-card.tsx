import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LogoutButton } from "@/app/_components/logout-button";
import { Moment } from "@/app/_components/moment";
import { RICH } from "@/app/_components/rich";
import { AreaBadge, Card, Facts } from "@/app/_components/ui";
import type { AuthArea } from "@/config/types";

/** Who is logged in and for how long: what every mechanism can say, each from its own credential. */
export interface Identity {
  userId: number;
  displayName: string;
  role: string;
  /** When the credential was issued, and when it expires at the latest (a Date, or milliseconds). */
  issuedAt: Date | number;
  expiresAt: Date | number;
}

/** Where each fact was read — a claim, a field of the seal, a column — shown beside its name. */
export type IdentityNames = Record<keyof Identity, string>;

export interface IdentityCardProps {
  area: AuthArea;
  identity: Identity;
  names: IdentityNames;
  /** Where the page read it all, in the reader's language: "the database", "the seal", "the token". */
  readFrom: string;
  /** The accessible name of the list of facts. */
  label: string;
  /** Facts only this mechanism has, after the shared ones. */
  moreFacts?: ReadonlyArray<[string, ReactNode]>;
  /** The mechanism's own evidence, beside the facts: the record, the seal, the decoded token. */
  evidence: ReactNode;
  logout: () => Promise<void>;
  /** The area's other pages, beside the logout. */
  links?: ReadonlyArray<{ href: string; label: string }>;
  /** Lines between the heading and the cards: what the last action did, the silent refresh. */
  notices?: ReactNode;
  /** The time the page judges by (the fast-forward clock's, where it runs): "in 14m (12:31)". */
  now: number;
}

const button = "rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100";

/**
 * The top of every area's dashboard, drawn one way so that the three areas differ only where
 * their mechanisms do: the greeting, who the credential says you are, and its evidence.
 */
export async function IdentityCard({
  area,
  identity,
  names,
  readFrom,
  label,
  moreFacts = [],
  evidence,
  logout,
  links = [],
  notices,
  now,
}: IdentityCardProps): Promise<ReactNode> {
  const t = await getTranslations("identity");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="flex min-w-0 items-center gap-2 text-2xl font-bold break-words">
          <AreaBadge area={area} /> {t.rich("hello", { name: identity.displayName, ...RICH })}
        </h1>
        <div className="flex flex-wrap gap-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={button}>
              {link.label}
            </Link>
          ))}
          <LogoutButton action={logout} label={t("logOut")} />
        </div>
      </div>
      {notices}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("who", { source: readFrom })}>
          <Facts
            label={label}
            items={[
              [t("userId", { name: names.userId }), identity.userId],
              [
                t("displayName", { name: names.displayName }),
                <span key="name" translate="no">
                  {identity.displayName}
                </span>,
              ],
              [t("role", { name: names.role }), identity.role],
              [
                t("issued", { name: names.issuedAt }),
                <Moment key="issued" value={identity.issuedAt} now={now} />,
              ],
              [
                t("expires", { name: names.expiresAt }),
                <Moment key="expires" value={identity.expiresAt} now={now} />,
              ],
              ...moreFacts,
            ]}
          />
        </Card>
        {evidence}
      </div>
    </div>
  );
}
