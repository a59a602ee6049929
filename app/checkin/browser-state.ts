import type { JSONWebKeySet } from "jose";

/**
 * What the desk keeps in this browser and listens to: the issuer's keys and the passes already
 * admitted (localStorage), and whether the network is up.
 */

export const KEYS_STORAGE = "lab_checkin_jwks";
export const ADMITTED_STORAGE = "lab_checkin_admitted";

export interface StoredKeys {
  jwks: JSONWebKeySet;
  fetchedAt: number;
}

export function readJson<T>(key: string): T | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null") as T | null;
  } catch {
    return null;
  }
}

export function parseKeys(text: string | null): StoredKeys | null {
  try {
    const parsed = JSON.parse(text ?? "null") as StoredKeys | null;
    return parsed && Array.isArray(parsed.jwks?.keys) ? parsed : null;
  } catch {
    return null;
  }
}

/** The stored keys change in another tab (storage) or in this one (our own event). */
export const KEYS_CHANGED = "lab-checkin-keys";
export function subscribeKeys(notify: () => void): () => void {
  window.addEventListener("storage", notify);
  window.addEventListener(KEYS_CHANGED, notify);
  return () => {
    window.removeEventListener("storage", notify);
    window.removeEventListener(KEYS_CHANGED, notify);
  };
}

export function subscribeOnline(notify: () => void): () => void {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}
