import Link from "next/link";
import { claimById } from "@/lib/claims/registry";

/** Text that mentions claims ("(C11)"): each id links to its entry on the claims page. */
export function ClaimText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\b(C\d{2})\b/).map((part, i) =>
        i % 2 === 1 && claimById(part) !== undefined ? (
          <Link key={i} href={`/claims#${part}`} className="underline" prefetch={false}>
            {part}
          </Link>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** One claim id, linked to its entry on the claims page. */
export function ClaimLink({ id }: { id: string }) {
  return (
    <Link href={`/claims#${id}`} className="underline" prefetch={false}>
      {id}
    </Link>
  );
}
