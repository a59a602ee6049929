/**
 * A row of buttons, one per choice, posting the chosen value to a preference endpoint: a plain
 * form, so it works without JavaScript. The current choice is `aria-pressed`.
 */
export function ChoiceForm<V extends string>({
  action,
  label,
  name,
  current,
  choices,
}: {
  action: string;
  label: string;
  name: string;
  current: V;
  choices: ReadonlyArray<{ value: V; label: string; lang?: string }>;
}) {
  return (
    <form
      method="post"
      action={action}
      aria-label={label}
      className="flex rounded-md border border-slate-300 p-0.5"
    >
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="submit"
          name={name}
          value={choice.value}
          lang={choice.lang}
          aria-pressed={current === choice.value}
          className="rounded px-2.5 py-1 text-sm aria-pressed:bg-slate-900 aria-pressed:text-white"
        >
          {choice.label}
        </button>
      ))}
    </form>
  );
}
