import Link from "next/link";
import { useTranslations } from "next-intl";
import { config } from "@/config";
import { DEMO_USERS } from "@/lib/users/demo-users";

/**
 * The demo accounts, shown on the login pages (run locally, it is a demo: the passwords are
 * public). On a hosted instance, strangers share those accounts, so no page prints their
 * passwords: a visitor is pointed at an account of their own instead.
 */
export function DemoUsers() {
  return config.lab.public ? <OwnAccount /> : <DemoUsersTable />;
}

function OwnAccount() {
  const t = useTranslations("login.demoUsers");
  return (
    <p className="text-sm" data-testid="demo-users-hosted">
      {t("hosted")}{" "}
      <Link href="/signup" className="underline">
        {t("signup")}
      </Link>
      ,{" "}
      <Link href="/compare" className="underline">
        {t("throwaway")}
      </Link>
      .
    </p>
  );
}

function DemoUsersTable() {
  const t = useTranslations("login.demoUsers");
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col">{t("username")}</th>
          <th scope="col">{t("password")}</th>
          <th scope="col">{t("role")}</th>
        </tr>
      </thead>
      <tbody>
        {DEMO_USERS.map((user) => (
          <tr key={user.username}>
            <td>
              <code>{user.username}</code>
            </td>
            <td>
              <code>{user.password}</code>
            </td>
            <td>{user.role}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
