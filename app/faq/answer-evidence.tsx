import { cookies } from "next/headers";
import type { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CostFigures } from "@/app/_components/cost-figures";
import { DocumentCookie } from "@/app/_components/document-cookie";
import { LiveSequence } from "@/app/_components/inspector/sequence-section";
import { LiveState } from "@/app/_components/inspector/live-state";
import {
  JwtCookieAttributes,
  JwtLifetimes,
  TamperEvidence,
} from "@/app/_components/server-evidence";
import { findSessionAuth, getJwtAuth, getSealedAuth } from "@/lib/auth/dal";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { recentTraces } from "@/lib/inspect/traces";
import type { FaqId } from "@/lib/learn/faq";
import { JwtRequest } from "./jwt-request";

/** Each answer's evidence: this server's settings and verdicts, and this browser's live state. */

type T = Awaited<ReturnType<typeof getTranslations<"faq">>>;

export interface BrowserEvidence {
  /** Logged in to every area: each panel says what to look at instead of offering the click. */
  everywhere: boolean;
  /** A JWT request of this browser's is among its traces (the validation answer draws it). */
  jwtRequestSeen: boolean;
}

/** Whether this browser is logged in to every area, and whether it has a JWT request to draw. */
export async function browserEvidence(): Promise<BrowserEvidence> {
  const [session, sealed, jwt] = await Promise.all([
    findSessionAuth(),
    getSealedAuth(),
    getJwtAuth(),
  ]);
  const inspectorId = readInspectorId(await cookies());
  const traces = inspectorId === null ? [] : recentTraces(inspectorId);
  return {
    everywhere: session.ok && sealed.ok && jwt.ok,
    jwtRequestSeen: traces.some((trace) => trace.area === "jwt"),
  };
}

export function evidenceOf(
  t: T,
  { everywhere, jwtRequestSeen }: BrowserEvidence,
): Record<FaqId, ReactNode> {
  return {
    difference: (
      <>
        <LiveState area="session" />
        <LiveState area="jwt" show="credential" />
      </>
    ),
    "trade-offs": <CostFigures />,
    storage: (
      <>
        <JwtCookieAttributes />
        <DocumentCookie />
      </>
    ),
    expiry: (
      <>
        <JwtLifetimes />
        <LiveState area="jwt" show="credential" />
      </>
    ),
    integrity: <TamperEvidence />,
    validation: (
      <>
        {everywhere && <JwtRequest sendNow={!jwtRequestSeen} />}
        <p className="text-sm">{t("latestJwt")}</p>
        <LiveSequence area="jwt" />
      </>
    ),
  };
}
