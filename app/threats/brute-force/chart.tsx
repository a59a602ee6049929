import { useTranslations } from "next-intl";
import type { Attempt } from "@/lib/threats/brute-force";

/**
 * One run as bars: each attempt's answer time, coloured by status, with the Retry-After it was
 * told. An SVG for the eye, and the same figures as a table for everyone (screen readers too).
 */

const WIDTH = 640;
const HEIGHT = 120;

export function AttemptChart({
  title,
  username,
  attempts,
  testId,
}: {
  title: string;
  /** The account fired at: a generated name, shown as it is. */
  username: string;
  attempts: Attempt[];
  testId: string;
}) {
  const t = useTranslations("threats.bruteForce.chart");
  const slowest = Math.max(50, ...attempts.map((a) => a.milliseconds));
  const step = WIDTH / Math.max(16, attempts.length);
  return (
    <figure className="space-y-2" data-testid={testId}>
      <figcaption>
        <span className="font-semibold">
          {title}: <code className="break-all">{username}</code>
        </span>{" "}
        <span className="text-xs text-slate-600">{t("legend")}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 16}`} className="w-full max-w-2xl" aria-hidden="true">
        {attempts.map((a, i) => {
          const h = Math.max(2, (a.milliseconds / slowest) * HEIGHT);
          const fill = a.status === 429 ? "#d97706" : a.status === 401 ? "#0f766e" : "#b91c1c";
          return (
            <g key={a.n}>
              <rect x={i * step + 2} y={HEIGHT - h} width={step - 4} height={h} fill={fill} />
              <text
                x={i * step + step / 2}
                y={HEIGHT + 12}
                fontSize="10"
                textAnchor="middle"
                fill="currentColor"
              >
                {a.status}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="text-left text-xs">
        <caption className="sr-only">{t("caption", { title: `${title}: ${username}` })}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4">
              {t("attempt")}
            </th>
            <th scope="col" className="pr-4">
              {t("status")}
            </th>
            <th scope="col" className="pr-4">
              {t("time")}
            </th>
            <th scope="col">Retry-After</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.n} data-status={a.status}>
              <td className="pr-4">{a.n}</td>
              <td className="pr-4">{a.status}</td>
              <td className="pr-4">{a.milliseconds.toFixed(1)} ms</td>
              <td>{a.retryAfter === null ? "—" : `${a.retryAfter} s`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
