export function hostnameOf(host: string | undefined | null): string | null;
export function allowedHostnames(env: Record<string, string | undefined>): Set<string>;
export function isAllowedHost(host: string | undefined | null, allowed: Set<string>): boolean;
export const PROXY_HEADERS: string[];
export function misdirected(res: import("node:http").ServerResponse): void;
