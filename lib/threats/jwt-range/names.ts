/** Key ids the range's recipes name in the browser and its keys (./keys.ts) hold on the server. */

/** The naive server's HS256 key read from an environment variable nobody set: "". */
export const EMPTY_KID = "range-hs256-unset-env";
/** The naive server's one-byte HS256 key. */
export const SHORT_KID = "range-hs256-one-byte";
