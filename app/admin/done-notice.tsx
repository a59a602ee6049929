import { useTranslations } from "next-intl";
import { ClaimText } from "@/app/_components/claim-text";
import { Notice } from "@/app/_components/ui";
import { MAX_COOKIE_CACHE_SECONDS, ACCESS_TTL_SECONDS } from "@/lib/validation/admin-settings";

type Param = string | string[] | undefined;

const DONE = [
  "logout",
  "role",
  "disabled",
  "enabled",
  "error",
  "jwt_saved",
  "jwt_invalid",
  "key_rotated",
  "key_retired",
  "seal_rotated",
  "seal_retired",
  "cache_saved",
  "cache_invalid",
] as const;

const REASONS = [
  "forbidden",
  "user_not_found",
  "cannot_change_self",
  "too_many_keys",
  "too_many_passwords",
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: Param): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/**
 * What the last admin action did, read from `?done=` (the actions redirect here): in words, with
 * the claim it demonstrates linked, and a refusal's reason in words before its code.
 */
export function DoneNotice({
  done,
  revoked,
  reason,
}: {
  done: Param;
  revoked: Param;
  reason: Param;
}) {
  const t = useTranslations("admin");
  if (!isOneOf(DONE, done)) return null;
  const text = t(`done.${done}`, {
    count: typeof revoked === "string" ? revoked : "0",
    min: ACCESS_TTL_SECONDS.min,
    max: done === "cache_invalid" ? MAX_COOKIE_CACHE_SECONDS : ACCESS_TTL_SECONDS.max,
  });
  return (
    <Notice>
      <ClaimText text={text} />
      {isOneOf(REASONS, reason) && ` ${t(`reasons.${reason}`)}`}
      {typeof reason === "string" && (
        <>
          {" "}
          <code>({reason})</code>
        </>
      )}
    </Notice>
  );
}
