import Link from "next/link";

/** Our own 404 (Next's default one uses an inline style that the CSP rightly blocks). */
export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">There is nothing at this address.</p>
      <Link href="/" className="underline">
        Back to the lab
      </Link>
    </div>
  );
}
