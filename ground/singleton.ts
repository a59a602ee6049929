/**
 * One value per process. proxy.ts and the app's routes are bundled separately but run in one
 * process, so module-level state would exist once per bundle: process-wide state hangs off
 * globalThis under a registered symbol (server.mjs, plain JavaScript, reads the request context's
 * the same way).
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`session-vs-jwt-lab.${name}`);
  const g = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (!(key in g)) g[key] = create();
  return g[key] as T;
}

/** Forgets a process-wide value (tests, or a cache to be rebuilt on next use). */
export function dropProcessSingleton(name: string): void {
  const g = globalThis as typeof globalThis & Record<symbol, unknown>;
  delete g[Symbol.for(`session-vs-jwt-lab.${name}`)];
}

/** The process-wide value if it was made, without making it. */
export function peekProcessSingleton<T>(name: string): T | undefined {
  const g = globalThis as typeof globalThis & Record<symbol, unknown>;
  return g[Symbol.for(`session-vs-jwt-lab.${name}`)] as T | undefined;
}
