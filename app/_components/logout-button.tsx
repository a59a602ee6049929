/** Logout is a POST (a form), never a GET link: a state change must not ride on a plain link. */
export function LogoutButton({ action, label }: { action: () => Promise<void>; label: string }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100"
      >
        {label}
      </button>
    </form>
  );
}
