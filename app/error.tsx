"use client";
// Client component: Next.js error boundaries must be; this one only renders a message and a retry.

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">The server could not finish this page. Nothing was changed.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md border border-slate-300 px-4 py-2"
      >
        Try again
      </button>
    </div>
  );
}
