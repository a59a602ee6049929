"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/ground/client-address";
import { FAQ_IDS, type FaqId } from "@/lib/learn/faq";
import { signInEverywhere } from "@/lib/learn/evidence-account";

/** The answer whose panel was clicked (any other value: the first answer). */
function answerOf(formData: FormData): FaqId {
  const answer = formData.get("answer");
  return FAQ_IDS.find((id) => id === answer) ?? FAQ_IDS[0];
}

/**
 * One click beside any answer: a throw-away account, logged in to every area in this browser,
 * then back to the same answer — its evidence now this browser's own. A refusal comes back as
 * words in the same panel (a plain form: it works without JavaScript).
 */
export async function startEvidenceAction(formData: FormData): Promise<void> {
  const answer = answerOf(formData);
  const signedIn = await signInEverywhere(clientAddress(await headers()));
  if (!signedIn.ok) {
    const query = new URLSearchParams({
      evidence: signedIn.reason,
      answer,
      retry: String(signedIn.retryAfterSeconds),
    });
    redirect(`/faq?${query.toString()}#${answer}`);
  }
  redirect(`/faq#${answer}`);
}
