import { DEMO_USERS } from "@/lib/demo-users";

/** The demo accounts, shown on the login pages (it is a demo: the passwords are public). */
export function DemoUsers() {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-semibold">Demo users</caption>
      <thead className="text-slate-500">
        <tr>
          <th scope="col">Username</th>
          <th scope="col">Password</th>
          <th scope="col">Role</th>
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
