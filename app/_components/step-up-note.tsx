import { Term } from "@/app/_components/term";
import type { Freshness } from "@/lib/auth/step-up/step-up";

const minutes = (seconds: number) => Math.floor(seconds / 60);

/** One sentence: how old this login is, and whether a sensitive action will ask for the password. */
export function StepUpNote({ freshness }: { freshness: Freshness }) {
  const { ageSeconds, maxAgeSeconds, fresh } = freshness;
  const limit = `${minutes(maxAgeSeconds)} minutes`;
  if (ageSeconds === null) {
    return (
      <>
        This login does not say when your password was typed, so this{" "}
        <Term id="step-up">sensitive action</Term> asks for it.
      </>
    );
  }
  return fresh ? (
    <>
      You typed your password {minutes(ageSeconds)} min ago: this{" "}
      <Term id="step-up">sensitive action</Term> needs no password for another{" "}
      {Math.max(0, minutes(maxAgeSeconds - ageSeconds))} min (it needs a login under {limit} old).
    </>
  ) : (
    <>
      You typed your password {minutes(ageSeconds)} min ago — more than {limit}: this{" "}
      <Term id="step-up">sensitive action</Term> asks for it again first.
    </>
  );
}
