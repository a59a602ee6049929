import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui";
import type { AdminUserView } from "@/lib/accounts/admin";
import { changeRoleAction, forceLogoutAction, setDisabledAction } from "./actions";

const button = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100";

/**
 * Every user with their sessions, and what an admin may do to each. Shown only to whoever may
 * change other people's accounts (any admin locally, the operator on a hosted instance).
 */
export function UsersCard({ users, me }: { users: AdminUserView[]; me: number }) {
  const t = useTranslations("admin.users");
  return (
    <Card title={t("title")}>
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th scope="col">{t("user")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("sessions")}</th>
            <th scope="col">{t("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              aria-label={user.username}
              className="border-t border-slate-100 align-top"
            >
              <td className="py-2">
                {/* A name is the user's own, in whatever language: never translated. */}
                <span translate="no">{user.displayName}</span>{" "}
                <code className="text-xs">{user.username}</code>
                {user.disabled && (
                  <span className="ml-1 text-xs text-red-700">{t("disabled")}</span>
                )}
              </td>
              <td className="py-2">{t(`roles.${user.role}`)}</td>
              <td className="py-2">{user.sessionCount}</td>
              <td className="space-y-1 py-2">
                {user.id === me ? (
                  <span className="text-xs text-slate-500">{t("you")}</span>
                ) : (
                  <div className="flex flex-wrap gap-1">
                    <form action={forceLogoutAction}>
                      <input type="hidden" name="userId" value={user.id} />
                      <button type="submit" className={button}>
                        {t("forceLogout")}
                      </button>
                    </form>
                    <form action={changeRoleAction}>
                      <input type="hidden" name="userId" value={user.id} />
                      <input
                        type="hidden"
                        name="role"
                        value={user.role === "admin" ? "user" : "admin"}
                      />
                      <button type="submit" className={button}>
                        {t("makeRole", { role: user.role === "admin" ? "user" : "admin" })}
                      </button>
                    </form>
                    <form action={setDisabledAction}>
                      <input type="hidden" name="userId" value={user.id} />
                      <input type="hidden" name="disabled" value={String(!user.disabled)} />
                      <button type="submit" className={button}>
                        {user.disabled ? t("enable") : t("disable")}
                      </button>
                    </form>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
