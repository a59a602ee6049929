/** Where the localStorage variant of the JWT area keeps its tokens (page script, on purpose). */
export const BEARER_STORAGE_KEY = "lab_jwt_token";
export const BEARER_REFRESH_KEY = "lab_jwt_refresh";
