import { useTranslations } from "next-intl";
import { DEMO_USERS } from "@/lib/users/demo-users";

/** The demo accounts, shown on the login pages (it is a demo: the passwords are public). */
export function DemoUsers() {
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
