import type { Metadata } from "next";
import Link from "next/link";
import { LEARN_TOPICS } from "@/lib/learn/topics";

export const metadata: Metadata = { title: "Learn" };

/** The learn pages in reading order; each is short, with a diagram and a way to see it live. */
export default function LearnIndexPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Learn</h1>
      <p className="text-slate-700">
        Seven short pages, each with a sequence diagram of the real flow and links to watch it
        happen in the lab. Read them in order, or jump to what you need; the{" "}
        <Link href="/learn/glossary" className="underline">
          glossary
        </Link>{" "}
        explains every term.
      </p>
      <ol className="space-y-3">
        {LEARN_TOPICS.map((topic, i) => (
          <li key={topic.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/learn/${topic.slug}`} className="font-semibold underline">
              {i + 1}. {topic.title}
            </Link>
            <p className="text-sm text-slate-700">{topic.summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
