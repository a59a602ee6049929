import "server-only";
import { cookies } from "next/headers";
import { cookieSettings } from "@/config";
import { newInspectorId, readInspectorId } from "@/lib/inspect/browser-id";
import { moveTraces } from "@/lib/inspect/traces";

/**
 * At login, this browser gets a new inspector id (as a session gets a new token: no fixation).
 * Its traces so far move along; live streams under the old id are ended, so the browser's own
 * stream reconnects under the new one, while anyone else holding the old id sees nothing more.
 */
export async function rotateInspectorId(): Promise<void> {
  const jar = await cookies();
  const old = readInspectorId(jar);
  if (old === null) return; // an API client without the inspector: nothing is traced for it
  const next = newInspectorId();
  moveTraces(old, next);
  const { name, options } = cookieSettings.inspector;
  jar.set(name, next, options);
}
