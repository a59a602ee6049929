export function hostnameOf(host: string | undefined | null): string | null;
export function allowedHostnames(env: Record<string, string | undefined>): Set<string>;
export function isAllowedHost(host: string | undefined | null, allowed: Set<string>): boolean;
export const PROXY_HEADERS: string[];
export const METHODS: string[];
export function requestLineProblem(
  method: string | undefined,
  url: string | undefined,
  hosts: Array<string | undefined>,
  allowed: Set<string>,
): [number, string, string] | null;
export const BASELINE_HEADERS: Record<string, string>;
export function setBaselineHeaders(res: import("node:http").ServerResponse, url?: string): void;
export function refuse(
  res: import("node:http").ServerResponse,
  problem: [number, string, string],
): void;
