// One row of recipe buttons (client: rendered inside the workbench's client component).
import { useTranslations } from "next-intl";
import type { Attack } from "@/lib/threats/jwt-range/attacks";
import { LAB_BUTTON as BUTTON } from "../buttons";

export function AttackButtons({
  label,
  intro,
  attacks,
  disabled,
  onRun,
}: {
  label: string;
  intro: string;
  attacks: readonly Attack[];
  disabled: boolean;
  onRun: (attack: Attack) => void;
}) {
  const t = useTranslations("jwtRange.attacks");
  return (
    <div>
      <p className="mb-2 text-sm font-semibold">{intro}</p>
      <div className="flex flex-wrap gap-2" role="group" aria-label={label}>
        {attacks.map((a) => (
          <button
            key={a.id}
            type="button"
            className={BUTTON}
            disabled={disabled}
            onClick={() => onRun(a)}
          >
            {t(`${a.id}.title`)}
          </button>
        ))}
      </div>
    </div>
  );
}
