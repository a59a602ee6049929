/**
 * The group `npm run test:multi` (scripts/multi.mjs) started: three instances and the HAProxy in
 * front of them, handed to the specs in the environment.
 */

export interface Instance {
  id: string;
  url: string;
  /** The server process itself (not a supervisor): `kill -9` of it kills the instance. */
  pid: number;
}

export function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set: run these specs with \`npm run test:multi\`.`);
  }
  return value;
}

/** The load balancer's URL: what a visitor reaches. */
export const proxyUrl = (): string => required("MULTI_PROXY_URL");

/** The instances, a, b and c, each reached directly on its own port. */
export function instances(): Instance[] {
  return JSON.parse(required("MULTI_INSTANCES")) as Instance[];
}

export function instance(id: "a" | "b" | "c"): Instance {
  const found = instances().find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no instance ${id} in MULTI_INSTANCES`);
  return found;
}

export const operatorPassword = (): string => required("MULTI_OPERATOR_PASSWORD");

/** LOGIN_CLIENT_MAX of the group: failed logins per client address per window. */
export const loginClientMax = (): number => Number(required("MULTI_LOGIN_CLIENT_MAX"));

/**
 * The documented bound on propagation: each instance reads the settings' and keys' version once a
 * second (ground/watched-version.ts, lib/auth/jwt/config-version.ts) and reloads on next use.
 */
export const PROPAGATION_BOUND_MS = 1000;

/**
 * What a test allows on top of the bound: the requests that observe a change, on a machine whose
 * two cores run three servers, HAProxy and Redis at once.
 */
export const OBSERVATION_SLACK_MS = 1500;
