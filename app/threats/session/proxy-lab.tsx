"use client";
// Client component: the switch picks which URL this browser asks, and the page shows the answer.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LAB_BUTTON as BUTTON } from "../buttons";

interface Answer {
  route: string;
  url: string;
  status: number;
  body: string;
}

export function ProxyLab() {
  const t = useTranslations("threats.session.proxy");
  const [skip, setSkip] = useState(false);
  const [answers, setAnswers] = useState<Answer[]>([]);

  const ask = async (route: "only-proxy" | "checked") => {
    const url = `/api/threats/${skip ? "proxy-gap" : "proxy-gate"}/${route}`;
    const response = await fetch(url, { cache: "no-store" });
    const body = await response.text();
    setAnswers((list) => [{ route, url, status: response.status, body }, ...list].slice(0, 4));
  };

  return (
    <div className="space-y-3 text-sm">
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
        {t("skip")}
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={() => ask("only-proxy")}>
          {t("askProxyOnly")}
        </button>
        <button type="button" className={BUTTON} onClick={() => ask("checked")}>
          {t("askChecked")}
        </button>
      </div>
      <ul className="space-y-2" aria-live="polite">
        {answers.map((a, i) => (
          <li
            key={`${a.url}-${answers.length - i}`}
            className="rounded-md border border-slate-200 p-2"
            data-testid={i === 0 ? "proxy-answer" : undefined}
            data-status={a.status}
          >
            <p>
              <code>GET {a.url}</code> → <strong>{a.status}</strong>
            </p>
            <pre translate="no" className="mt-1 whitespace-pre-wrap break-all text-xs">
              {a.body}
            </pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
