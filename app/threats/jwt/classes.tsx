import { getTranslations } from "next-intl/server";

/** The 2025–26 classes in plain words, in the learner's language (messages: jwtRange). */

// The classes, in the order of their recipe buttons (lib/threats/jwt-range/attacks-2026.ts).
const CLASSES = [
  "jweConfusion",
  "jsonSerialization",
  "jwkWithoutAlg",
  "shortHmacKey",
  "unknownCrit",
  "oversized",
  "pbes2",
  "numbers",
  "base64url",
  "memo",
] as const;

export async function AttackClasses() {
  const t = await getTranslations("jwtRange");
  return (
    <section aria-labelledby="classes-title" className="space-y-3">
      <h2 id="classes-title" className="text-xl font-semibold">
        {t("classesTitle")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("classesIntro")}</p>
      <dl className="grid gap-3 md:grid-cols-2">
        {CLASSES.map((id) => (
          <div
            key={id}
            className="rounded-md border border-slate-200 p-3"
            data-testid={`class-${id}`}
          >
            <dt className="font-semibold">{t(`classes.${id}.title`)}</dt>
            <dd className="mt-1 text-sm text-slate-700">{t(`classes.${id}.plain`)}</dd>
            <dd className="mt-1 text-sm">
              <strong>{t("stopLabel")}</strong> {t(`classes.${id}.stop`)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
