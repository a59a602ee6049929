/** Where the localStorage variant of the JWT area keeps its tokens (page script, on purpose). */
export const BEARER_STORAGE_KEY = "lab_jwt_token";
export const BEARER_REFRESH_KEY = "lab_jwt_refresh";
/** Where the DPoP variant keeps its tokens: readable by any script, useless without the key. */
export const DPOP_TOKEN_KEY = "lab_dpop_token";
export const DPOP_REFRESH_KEY = "lab_dpop_refresh";
