import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The who-am-I line of the JWT's script-driven variants (localStorage, DPoP): their credential
 * never rides on a page load, so only page script learns who is logged in — after it asked the
 * API — and says it here, with how the token travelled.
 */
export function LoggedInAs({
  testId,
  user,
  children,
}: {
  testId: string;
  user: { displayName: string; role: string };
  children: ReactNode;
}): ReactNode {
  const t = useTranslations("jwtArea");
  return (
    <p data-testid={testId}>
      {t.rich("loggedInAs", {
        b: (chunks) => <strong translate="no">{chunks}</strong>, // the user's own name
        name: user.displayName,
        role: user.role,
      })}
      {children}
    </p>
  );
}

/** The same line when the API said no: why, and where to log in. */
export function NotLoggedIn({
  testId,
  reason,
  how = "",
}: {
  testId: string;
  reason: string;
  /** How to log in there, when that page offers more than one way: "dpop", "bff". */
  how?: "dpop" | "bff" | "";
}): ReactNode {
  const t = useTranslations("jwtArea");
  return (
    <p data-testid={testId}>
      {t.rich("notLoggedIn", {
        reason,
        how: how === "" ? "none" : how,
        login: (chunks) => (
          <a className="underline" href="/jwt/login">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
